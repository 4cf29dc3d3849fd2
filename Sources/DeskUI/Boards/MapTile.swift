import DeskCore

/// One grid on the map: a bar in the role of its worst open deadline, shaded by how many cases
/// are in that state, then as many of these lines as the tile is tall: short name, open count,
/// the most urgent countdown, code, worker. A tile too narrow for a name (a street of hundreds
/// of grids) is compact: the shaded bar and the count alone.
struct MapTile {
    /// Below this width a tile is compact.
    static let compactWidth = 6

    let grid: Grid
    /// The grid's open cases, nearest deadline first.
    let open: OpenQueue
    /// False when the `/` filter hides it: drawn muted, the cursor skips it.
    let listed: Bool

    func draw(_ view: FrameContext, selected: Bool, into canvas: inout Canvas, at rect: Rect) {
        let counts = open.counts(at: view.now)
        let worst = open.worst(at: view.now)
        let first = open.entries.first
        let role: Role = !listed || open.isEmpty ? .muted : worst == .none ? .normal : view.role(worst)
        if selected { canvas.fill(rect, role: .selection) }
        let shown = worst == .overdue ? counts.overdue : worst == .dueSoon ? counts.dueSoon : 0
        let bar = Shade.bar(shown)
        let room = rect.width - 1
        if rect.width < Self.compactWidth {
            canvas.put(bar, x: rect.x, y: rect.y, role: role)
            let count = open.isEmpty ? "·" : shown > 0 ? "\(shown)" : "\(open.count)"
            canvas.put(DisplayWidth.width(of: count) <= room ? count : "+", x: rect.x + 1, y: rect.y,
                       role: selected ? .selection : role, maxWidth: room)
            return
        }
        let lines: [(String, Role)] = [
            (name(room), role),
            (load(view, overdue: counts.overdue, dueSoon: counts.dueSoon), role),
            (first?.deadlineDate.map { ClockText.countdown(to: $0, from: view.now) } ?? "",
             listed ? view.role(first?.state(at: view.now) ?? .none) : .muted),
            ("\(grid.code.community)-\(grid.code.sequence)", .muted),
            (grid.worker.name, .muted),
        ]
        for (row, (text, textRole)) in lines.prefix(rect.height).enumerated() {
            canvas.put(bar, x: rect.x, y: rect.y + row, role: role)
            canvas.put(text, x: rect.x + 1, y: rect.y + row, role: selected ? .selection : textRole, maxWidth: room)
        }
    }

    /// The name when it fits; else `槐荫第一网格` → `槐荫一`; else the code's `001-003`.
    private func name(_ room: Int) -> String {
        if DisplayWidth.width(of: grid.name) <= room { return grid.name }
        var short = grid.name
        if short.hasSuffix("网格"), short.count > 2 { short.removeLast(2) }
        short = short.replacingOccurrences(of: "第", with: "")
        return DisplayWidth.width(of: short) <= room ? short : "\(grid.code.community)-\(grid.code.sequence)"
    }

    /// `5件 超2`: the open count and the worst of it.
    private func load(_ view: FrameContext, overdue: Int, dueSoon: Int) -> String {
        let worst = overdue > 0 ? view.t(BoardText.tileOverdue(overdue))
            : dueSoon > 0 ? view.t(BoardText.tileDueSoon(dueSoon)) : ""
        return view.t(BoardText.tileOpen(open.count)) + worst
    }
}

/// How dark a tile's bar is: the number of its cases in the worst state (overdue, else due soon),
/// so that a map where most grids have something overdue still shows where it is worst.
enum Shade {
    static let steps: [(least: Int, glyph: String)] = [(5, "█"), (3, "▓"), (2, "▒"), (1, "░")]

    static func bar(_ count: Int) -> String { steps.first { count >= $0.least }?.glyph ?? "▌" }

    /// `░1 ▒2 ▓3 █5`: the legend's key.
    static var key: String { steps.reversed().map { "\($0.glyph)\($0.least)" }.joined(separator: " ") }
}

/// The selected grid: its code, community, worker, service items and supervision tasks (Art 24),
/// and what is open there, nearest deadline first.
enum MapPanel {
    /// `响应 86% 解决 90% 满意 80%` over the last seven days.
    private static func rates(_ grid: Grid, _ view: FrameContext) -> String {
        let rates = view.state.rates(.grid(grid.code), days: BoardKit.lastWeek(view), at: view.now)
        return [(view.t(BoardText.responseShort), rates.response), (view.t(BoardText.solvedShort), rates.resolution),
                (view.t(BoardText.satisfiedShort), rates.satisfaction)]
            .map { "\($0.0) \(BoardKit.percent($0.1))" }.joined(separator: "  ") + view.t(BoardText.lastSevenDays)
    }

    static func draw(_ grid: Grid, open: OpenQueue, _ view: FrameContext, into canvas: inout Canvas, area: Rect, compact: Bool) {
        let x = area.x + 1
        let width = area.width - 1
        canvas.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), role: .header)
        canvas.put(DisplayWidth.truncate(" \(grid.name)  \(grid.code.grouped)", to: area.width), x: area.x, y: area.y, role: .header)
        let community = view.street.communities[grid.community]?.name ?? grid.community
        let worker = ([grid.worker.name] + (grid.worker.phone.map { [$0] } ?? [])).joined(separator: " ")
        let services = grid.serviceItems.joined(separator: "、")
        let tasks = grid.supervisionTasks.joined(separator: "、")
        let facts: [(String, String)] = compact
            ? [(view.t(BoardText.community), "\(community)   \(view.t(BoardText.workerInline)) \(worker)"),
               (view.t(BoardText.servicesShort), services + "  │ " + view.t(BoardText.supervisesInline) + tasks)]
            : [(view.t(BoardText.community), community), (view.t(BoardText.worker), worker),
               (view.t(BoardText.services), services), (view.t(BoardText.supervises), tasks),
               (view.t(BoardText.rates), rates(grid, view))]
        var y = area.y + 1
        let labelWidth = (facts.map { DisplayWidth.width(of: $0.0) }.max() ?? 0) + 1
        for (label, value) in facts {
            let w = canvas.put(DisplayWidth.pad(label, to: labelWidth), x: x, y: y, role: .muted)
            canvas.put(DisplayWidth.truncate(value, to: width - w), x: x + w, y: y, role: .normal)
            y += 1
        }
        let heading = open.isEmpty ? view.t(BoardText.nothingOpenHere) : view.t(DetailText.openCases(open.count))
        canvas.put(heading, x: x, y: y, role: open.isEmpty ? .muted : .header)
        y += 1
        let rows = area.y + area.height - y
        let table = Table(columns: [.init(title: "", width: 5), .init(title: "", width: 12, alignment: .right), .init(title: "", width: 0)])
        for (row, entry) in open.entries.prefix(max(0, rows)).enumerated() {
            guard let item = view.state.cases[entry.id] else { continue }
            if row == rows - 1, open.count > rows {
                canvas.put(view.t(BoardText.more(open.count - row)), x: x, y: y + row, role: .muted)
                break
            }
            table.draw(&canvas, [(item.id.raw, .accent),
                                 (BoardKit.clockText(item, view), view.role(view.state.deadlineState(of: item, at: view.now))),
                                 (item.summary, .normal)], x: x, y: y + row, width: width)
        }
    }
}
