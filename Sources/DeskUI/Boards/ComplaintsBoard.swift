import DeskCore

/// 接诉即办: the open queue, nearest deadline first. From 120 columns each case also shows its
/// departments and time-limit class; from 200, its urge count and last action; the summary
/// takes the rest.
struct ComplaintsBoard: BoardPane {
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        BoardKit.queue(view.state.queue.entries, view, filter: filter)
    }

    func table(_ view: FrameContext, width: Int) -> Table {
        let wide = width >= BoardKit.wide
        let roomy = width >= BoardKit.roomy
        let full = width >= BoardKit.full
        let english = view.language == .en
        // Below 80 columns the received time and the type give way to the summary; from 120 to
        // 200 the type and category narrow again to make room for the departments.
        let narrow = width < 80 || (english && width < 90)
        let compact = roomy && !full
        return Table(columns: [
            .init(title: view.t(BoardText.groupColumn), width: view.arrangement.grouping == .none ? -1 : 10),
            .init(title: view.t(BoardText.caseNumber), width: 5),
            .init(title: view.t(BoardText.receivedColumn), width: narrow ? -1 : 5),
            .init(title: view.t(BoardText.typeColumn), width: width < 80 ? -1 : wide && !compact ? 12 : english ? 9 : 4),
            .init(title: view.t(BoardText.categoryColumn), width: wide && !compact ? 20 : 10),
            .init(title: view.t(BoardText.grid), width: 12),
            .init(title: view.t(BoardText.department), width: !roomy ? -1 : full ? 24 : 14),
            .init(title: view.t(BoardText.limitColumn), width: roomy ? 8 : -1),
            .init(title: view.t(BoardText.stateColumn), width: wide && !compact ? 9 : english ? 8 : 6),
            .init(title: view.t(BoardText.dueColumn), width: 12, alignment: .right),
            .init(title: view.t(BoardText.urgedColumn), width: full ? 5 : -1, alignment: .right),
            .init(title: view.t(BoardText.lastActionColumn), width: full ? 30 : -1),
            .init(title: view.t(BoardText.summaryColumn), width: 0),
        ])
    }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let table = table(view, width: area.width)
        table.drawHeader(&canvas, x: area.x, y: area.y, width: area.width)
        let visible = area.height - 2
        let window = Scroll.window(count: items.count, visible: visible, selection: selection)
        let rows = window.compactMap { index -> (index: Int, item: Case)? in
            guard case .caseItem(let id) = items[index], let item = view.state.cases[id] else { return nil }
            return (index, item)
        }
        let last = area.width >= BoardKit.full ? LastAction(rows.map(\.item), view) : nil
        for (index, item) in rows {
            let group = groupLabel(item, at: index, first: window.lowerBound, items: items, view)
            let deadline = view.state.deadlineState(of: item, at: view.now)
            let clock = BoardKit.clockText(item, view, none: "—")  // the status has its own column
            table.draw(&canvas, [
                (group, .header),
                (item.id.raw, item.timeLimit == .urgent ? .urgent : .accent),
                (view.when(item.receivedAt), .muted),
                (view.t(item.type), .normal),
                (view.categoryName(item.category), .normal),
                (view.gridName(item.grid), .normal),
                (item.departments.map { BoardKit.shortName($0, view) }.joined(separator: "、"), .normal),
                (view.t(item.timeLimit), item.timeLimit == .urgent ? .urgent : .normal),
                (view.t(item.status), item.urgeCount > 0 ? .warning : .normal),
                (clock, view.role(deadline)),
                (item.urgeCount == 0 ? "" : "×\(item.urgeCount)", .warning),
                (last?.text(item) ?? "", .muted),
                (item.summary, .normal),
            ], x: area.x, y: area.y + 1 + index - window.lowerBound, width: area.width, selected: index == selection, item: index)
        }
        if items.isEmpty {
            canvas.put(view.t(view.state.queue.entries.isEmpty ? BoardText.noOpenCases : BoardText.noMatch), x: area.x + 2, y: area.y + 2, role: .muted)
        }
        let alarms = view.state.alarmCounts(at: view.now)
        let footer = view.t(BoardText.complaintsFooter(open: items.count, overdue: alarms.overdue, dueSoon: alarms.dueSoon))
        canvas.put(footer, x: area.x, y: area.y + area.height - 1, role: .muted, maxWidth: area.width)
    }
}

extension ComplaintsBoard {
    /// A group's name on its first row (and on the first row on screen); blank below it.
    private func groupLabel(_ item: Case, at index: Int, first: Int, items: [ItemRef], _ view: FrameContext) -> String {
        guard let name = view.arrangement.groupName(item, view) else { return "" }
        guard index > first, case .caseItem(let id) = items[index - 1], let previous = view.state.cases[id] else { return name }
        return view.arrangement.groupName(previous, view) == name ? "" : name
    }
}

/// The last journal entry of each case on screen, read in one go: `11-27 13:40 联系诉求人：…`.
struct LastAction {
    private let entries: [Int64: Recorded]
    private let view: FrameContext

    init(_ cases: [Case], _ view: FrameContext) {
        self.view = view
        entries = Dictionary(view.timeline(cases.compactMap(\.entries.last)).map { ($0.seq, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func text(_ item: Case) -> String {
        guard let seq = item.entries.last, let entry = entries[seq] else { return "" }
        return view.when(entry.at) + " " + EventText.describe(entry.event, view)
    }
}
