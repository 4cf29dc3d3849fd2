import DeskCore

/// The header, the board tabs and the status line around every board.
enum Chrome {
    static func header(_ view: FrameContext, in area: Rect, into canvas: inout Canvas) {
        let y = area.y
        canvas.fill(row: y, role: .title)
        let alarms = view.state.alarmCounts(at: view.now)
        var x = 0
        // A damaged journal cannot be missed: it is said before anything else, and the rest follows if it fits.
        if let damage = view.damage {
            canvas.fill(row: y, role: .statusError)
            x += canvas.put(" " + view.t(damage.banner) + " ", x: x, y: y, role: .statusError)
        }
        // Training cannot be mistaken for the real desk: the banner comes first, in every theme.
        if let practice = view.practice {
            x += canvas.put(view.t(ChromeText.practiceBanner), x: x, y: y, role: .urgent)
            if practice.paused { x += canvas.put(" " + view.t(ChromeText.pausedMark), x: x, y: y, role: .warning) }
        }
        x += canvas.put(" \(view.street.name) ", x: x, y: y, role: .title)
        if view.street.profile.street.demo == true { x += canvas.put(view.t(ChromeText.demoStreet), x: x, y: y, role: .title) }
        let unverified = view.credentialsRequired || view.practice != nil ? "" : view.t(ChromeText.unverified)
        let officer = view.operatorName.isEmpty ? view.t(ChromeText.notSignedOn) : view.operatorName + unverified
        x += canvas.put("│ \(officer) │ \(ClockText.stamp(view.now, in: view.zone)) │ ", x: x, y: y, role: .title)
        x += canvas.put(view.t(ChromeText.overdueCount(alarms.overdue)), x: x, y: y, role: alarms.overdue > 0 ? .overdue : .title)
        x += canvas.put(" ", x: x, y: y, role: .title)
        x += canvas.put(view.t(ChromeText.dueSoonCount(alarms.dueSoon)), x: x, y: y, role: alarms.dueSoon > 0 ? .dueSoon : .title)
        // The two counts cover cases and whistles waiting to report in together: say so.
        x += canvas.put(view.t(ChromeText.casesAndWhistles), x: x, y: y, role: .title)
        if let latest = view.state.handovers.last, latest.acknowledgedAt == nil {
            x += canvas.put(" " + view.t(ChromeText.handoverUnacknowledged(to: latest.to)), x: x, y: y, role: .warning)
        }
        let room = canvas.width - x - 3
        if room > 12 {
            let path = DisplayWidth.truncate(view.journalPath, to: room)
            canvas.put(path, x: canvas.width - DisplayWidth.width(of: path) - 1, y: y, role: .title)
        }
    }

    static func tabs(_ screen: Screen, _ view: FrameContext, in area: Rect, into canvas: inout Canvas) {
        let y = area.y
        canvas.fill(row: y, role: .tabInactive)
        var x = 0
        for (board, span) in tabSpans(view) {
            x = span.upperBound
            canvas.put(tabText(board, view), x: span.lowerBound, y: y, role: board == screen.board ? .tabActive : .tabInactive)
        }
        var right = canvas.width
        if let filter = screen.filter[screen.board], !filter.isEmpty {
            let text = " /\(filter) "
            right = max(x + 1, right - DisplayWidth.width(of: text))
            canvas.put(text, x: right, y: y, role: .match)
        }
        if let order = order(screen, view) {
            let width = DisplayWidth.width(of: " \(order) ")
            if right - width > x { canvas.put(" \(order) ", x: right - width, y: y, role: .tabInactive) }
        }
    }

    /// How the board shown is sorted (and grouped); nil for a board in its own order.
    static func order(_ screen: Screen, _ view: FrameContext) -> String? {
        if screen.board == .complaints {
            return view.t(screen.arrangement.sort) + (screen.arrangement.grouping == .none ? "" : " · " + view.t(screen.arrangement.grouping))
        }
        return screen.sorts[screen.board].map(view.t)
    }

    /// Where each board's tab lies on the tabs row: drawing and a mouse click read the same spans.
    static func tabSpans(_ view: FrameContext) -> [(board: Board, span: Range<Int>)] {
        var x = 0
        return Board.allCases.map { board in
            let width = DisplayWidth.width(of: tabText(board, view))
            defer { x += width }
            return (board, x..<(x + width))
        }
    }

    private static func tabText(_ board: Board, _ view: FrameContext) -> String { " \(board.rawValue) \(view.t(board)) " }

    static func statusLine(_ screen: Screen, _ view: FrameContext, in area: Rect, into canvas: inout Canvas) {
        let y = area.y
        if let input = screen.filterInput {
            canvas.put("/", x: 0, y: y, role: .key)
            InputLine.draw(input, x: 1, y: y, width: canvas.width - 1, focused: true, into: &canvas)
            return
        }
        if let status = screen.status {
            canvas.fill(row: y, role: status.kind == .error ? .statusError : .statusBar)
            canvas.put(" " + status.text, x: 0, y: y, role: status.kind == .error ? .statusError : .statusBar)
            return
        }
        canvas.fill(row: y, role: .statusBar)
        let hints = [("?", view.t(ChromeText.helpHint)), (":", view.t(ChromeText.commandHint)), ("/", view.t(ChromeText.filterHint)),
                     ("Enter", view.t(ChromeText.openHint)), ("Tab", view.t(ChromeText.boardHint)), ("q", view.t(ChromeText.quitHint))]
        var x = 1
        for (key, what) in hints {
            x += canvas.put(key, x: x, y: y, role: .key)
            x += canvas.put(" \(what)  ", x: x, y: y, role: .statusBar)
        }
    }

    /// A bordered box with a title, cleared inside; returns the inner area.
    @discardableResult
    static func box(_ rect: Rect, title: String, into canvas: inout Canvas) -> Rect {
        canvas.fill(rect, role: .popup)
        let inner = rect.width - 2
        canvas.put("┌" + String(repeating: "─", count: max(0, inner)) + "┐", x: rect.x, y: rect.y, role: .frame)
        for y in (rect.y + 1)..<(rect.y + rect.height - 1) {
            canvas.put("│", x: rect.x, y: y, role: .frame)
            canvas.put("│", x: rect.x + rect.width - 1, y: y, role: .frame)
        }
        canvas.put("└" + String(repeating: "─", count: max(0, inner)) + "┘", x: rect.x, y: rect.y + rect.height - 1, role: .frame)
        canvas.put(" \(title) ", x: rect.x + 2, y: rect.y, role: .title, maxWidth: max(0, inner - 2))
        return Rect(x: rect.x + 2, y: rect.y + 1, width: rect.width - 4, height: rect.height - 2)
    }
}
