import Foundation
import DeskCore

/// Enter on any item: its facts, its whole timeline from the journal, and the keys valid now.
enum DetailView {
    typealias Line = (text: String, role: Role)

    static func draw(_ item: ItemRef, scroll: Int, link: Int?, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        let inner = Chrome.box(area, title: title(item, view), into: &canvas)
        var all = lines(item, view)
        // The records it names, second from the top so they show without scrolling.
        if let links = DetailLinks.line(DetailLinks.of(item, view), selected: link, view) { all.insert(links, at: min(1, all.count)) }
        let lines = all.flatMap { wrap($0, width: inner.width) }
        let start = min(scroll, max(0, lines.count - inner.height))
        for (row, line) in lines.dropFirst(start).prefix(inner.height).enumerated() {
            canvas.put(line.text, x: inner.x, y: inner.y + row, role: line.role, maxWidth: inner.width)
        }
    }

    static func title(_ item: ItemRef, _ view: FrameContext) -> String {
        switch item {
        case .caseItem(let id): view.t(DetailText.caseTitle) + id.raw
        case .whistle(let id): view.t(DetailText.whistleTitle) + id.raw
        case .dispatch(let id), .unit(let id, _): view.t(DetailText.dispatchTitle) + id.raw
        case .grid(let code): view.gridName(code) + " " + code.grouped
        case .department(let id): view.departmentName(id)
        case .street: view.t(DetailText.streetFiguresTitle(ClockText.stamp(view.now, in: view.zone).prefix(5).description))
        }
    }

    static func lines(_ item: ItemRef, _ view: FrameContext) -> [Line] {
        switch item {
        case .caseItem(let id): view.state.cases[id].map { caseLines($0, view) } ?? []
        case .whistle(let id): view.state.whistles[id].map { WhistleDetail.lines($0, view) } ?? []
        case .dispatch(let id), .unit(let id, _): view.state.dispatches[id].map { DispatchDetail.lines($0, view) } ?? []
        case .grid(let code): view.street.grids[code].map { GridDetail.lines($0, view) } ?? []
        case .department(let id): view.street.departments[id].map { DepartmentDetail.lines($0, view) } ?? []
        case .street: StreetFigures.lines(view)
        }
    }

    /// `Label     value`: labels in a column ten wide, and a label that fills it still gets a space.
    static func field(_ label: String, _ value: String, _ role: Role = .normal) -> Line {
        (DisplayWidth.pad(label, to: max(10, DisplayWidth.width(of: label) + 1)) + value, role)
    }

    static func caseLines(_ item: Case, _ view: FrameContext) -> [Line] {
        let deadline = view.state.deadlineState(of: item, at: view.now)
        var lines: [Line] = [
            (item.summary, .accent),
            field(view.t(DetailText.status), view.t(item.status) + (item.urgeCount > 0 ? view.t(DetailText.urged(item.urgeCount)) : ""),
                  view.role(deadline)),
            field(view.t(DetailText.typeAndSource), "\(view.t(item.type)) · \(view.t(item.source)) · \(view.t(item.timeLimit))"),
            field(view.t(BoardText.categoryColumn), view.street.categories[item.category]?.path ?? item.category.raw),
            field(view.t(BoardText.grid), "\(view.gridName(item.grid))  \(item.grid.grouped)"),
            field(view.t(DetailText.received), "\(ClockText.stamp(item.receivedAt, in: view.zone))  \(item.receivedBy)"),
            field(view.t(DetailText.respondBy), clock(item.respondBy, done: item.contactedAt, view)),
            field(view.t(DetailText.resolveBy), clock(item.resolveBy, done: item.resolvedAt, view)),
        ]
        if let phone = view.phone(of: item) { lines.append(field(view.t(DetailText.phone), phone)) }
        if let address = item.address { lines.append(field(view.t(DetailText.address), address)) }
        if !item.tags.isEmpty { lines.append(field(view.t(FieldLabel.theme), item.tags.map(view.street.themeName).joined(separator: "、"), .accent)) }
        if let routing = item.routing {
            let to = routing.departments.map(view.departmentName).joined(separator: "、")
            lines.append(field(view.t(DetailText.triage), view.t(routing.outcome) + (to.isEmpty ? "" : " → " + to)))
        }
        if let reason = item.unsolvableReason { lines.append(field(view.t(DetailText.unsolvable), reason, .warning)) }
        for (n, callback) in item.callbacks.enumerated() {
            let counted = callback == item.countedCallback(view.street.callbackRule) && item.callbacks.count > 1
            lines.append(field(n == 0 ? view.t(DetailText.callBack) : "",
                               ClockText.stamp(callback.at, in: view.zone) + "  " + view.t(Solved(callback.solved)) + " · "
                                   + view.t(callback.satisfaction) + (counted ? view.t(DetailText.countedInRates) : "")))
        }
        if let request = item.pendingRequest {
            lines.append(field(view.t(DetailText.awaitingDecision), view.t(request.label) + view.t(TimelineText.noteSeparator) + request.reason, .warning))
        }
        if let original = item.mergedInto { lines.append(field(view.t(DetailText.mergedInto), original.raw)) }
        for id in item.duplicates {
            // Each merged complainant is answered by this case's feedback (Art 17).
            guard let duplicate = view.state.cases[id] else { continue }
            let phone = view.phone(of: duplicate).map { "  " + $0 } ?? ""
            lines.append(field(view.t(DetailText.duplicates), "\(id)\(phone)  \(duplicate.summary)"))
        }
        if !item.whistles.isEmpty { lines.append(field(view.t(DetailText.whistles), item.whistles.map(\.raw).joined(separator: " "))) }
        if !item.dispatches.isEmpty { lines.append(field(view.t(DetailText.dispatches), item.dispatches.map(\.raw).joined(separator: " "))) }
        return lines + actionLines(.complaints, view, only: view.state.offers(for: item, at: view.now, by: view.operatorName).map(\.rawValue))
            + timeline(item.entries, view)
    }

    static func clock(_ deadline: Date, done: Date?, _ view: FrameContext) -> String {
        let stamp = ClockText.stamp(deadline, in: view.zone)
        if let done { return stamp + (done <= deadline ? view.t(DetailText.doneOnTime) : view.t(DetailText.doneLate)) }
        return stamp + "  (" + ClockText.countdown(to: deadline, from: view.now) + ")"
    }

    /// The keys that act on this item now, from the keymap (all of the board's when `only` is nil).
    static func actionLines(_ board: Board, _ view: FrameContext, only names: [String]? = nil) -> [Line] {
        let keys = Keymap.bindings.filter { $0.boards?.contains(board) == true }.compactMap { binding -> String? in
            guard case .action(let name) = binding.command, names?.contains(name) ?? true else { return nil }
            return binding.label + "\u{00A0}" + view.t(binding.help).replacingOccurrences(of: " ", with: "\u{00A0}")
        }
        let shown = keys.isEmpty ? view.t(DetailText.noActions) : keys.joined(separator: "   ")
        return [("", .normal), (view.t(DetailText.actionsHeading), .header), (shown, .key)]
    }

    /// Long lines continue on the next row, indented, never splitting a wide character.
    static func wrap(_ line: Line, width: Int) -> [Line] {
        guard width > 8, DisplayWidth.width(of: line.text) > width else { return [line] }
        let indent = "    "
        var rows = [Line]()
        var current = ""
        var used = 0
        for character in line.text {
            let w = DisplayWidth.width(of: String(character))
            if used + w > width {
                var carried = ""
                // Carry a short last word (a key and its name are joined by no-break spaces) to the
                // next row; a long run of Chinese breaks at the edge instead.
                if let space = current.lastIndex(of: " "), current.distance(from: current.startIndex, to: space) > indent.count,
                    DisplayWidth.width(of: String(current[space...])) <= min(24, width / 3) {
                    carried = String(current[current.index(after: space)...])
                    current = String(current[..<space])
                } else {
                    carried = Kinsoku.carry(&current, before: character, keeping: indent.count)
                }
                rows.append((current, line.role))
                current = indent + carried
                used = DisplayWidth.width(of: current)
            }
            if current == indent, character == " " { continue }
            current.append(character)
            used += w
        }
        rows.append((current, line.role))
        return rows
    }

    /// The item's entries, read from the journal by seq; the numbers padded to the widest, so
    /// the columns stay put when an entry number grows a digit.
    static func timeline(_ seqs: [Int64], _ view: FrameContext) -> [Line] {
        let entries = view.timeline(seqs)
        let numberWidth = entries.map { "#\($0.seq)".count }.max() ?? 0
        return [("", .normal), (view.t(DetailText.timelineHeading), .header)] + entries.map { entry in
            ("\(DisplayWidth.pad("#\(entry.seq)", to: numberWidth))  \(ClockText.stamp(entry.at, in: view.zone))  "
             + "\(DisplayWidth.pad(entry.operatorName, to: 8))\(EventText.describe(entry.event, view))", .normal)
        }
    }
}
