import DeskCore

/// 接诉即办: the open queue, nearest deadline first.
struct ComplaintsBoard: BoardPane {
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        BoardKit.queue(view.state.queue.entries, view, filter: filter)
    }

    func table(_ view: FrameContext, width: Int) -> Table {
        let wide = width >= BoardKit.wide
        let english = view.language == .en
        // Below 80 columns the received time and the type give way to the summary.
        let narrow = width < 80 || (english && width < 90)
        return Table(columns: [
            .init(title: view.t(BoardText.caseNumber), width: 5),
            .init(title: view.t(BoardText.receivedColumn), width: narrow ? -1 : 5),
            .init(title: view.t(BoardText.typeColumn), width: width < 80 ? -1 : wide ? 12 : english ? 9 : 4),
            .init(title: view.t(BoardText.categoryColumn), width: wide ? 20 : 10),
            .init(title: view.t(BoardText.grid), width: 12),
            .init(title: view.t(BoardText.stateColumn), width: wide ? 9 : english ? 8 : 6),
            .init(title: view.t(BoardText.dueColumn), width: 12, alignment: .right),
            .init(title: view.t(BoardText.summaryColumn), width: 0),
        ])
    }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let table = table(view, width: area.width)
        table.drawHeader(&canvas, x: area.x, y: area.y, width: area.width)
        let visible = area.height - 2
        let window = Scroll.window(count: items.count, visible: visible, selection: selection)
        for (row, index) in window.enumerated() {
            guard case .caseItem(let id) = items[index], let item = view.state.cases[id] else { continue }
            let deadline = view.state.deadlineState(of: item, at: view.now)
            let clock = BoardKit.clockText(item, view, none: "—")  // the status has its own column
            table.draw(&canvas, [
                (item.id.raw, item.timeLimit == .urgent ? .urgent : .accent),
                (view.when(item.receivedAt), .muted),
                (view.t(item.type), .normal),
                (view.categoryName(item.category), .normal),
                (view.gridName(item.grid), .normal),
                (view.t(item.status), item.urgeCount > 0 ? .warning : .normal),
                (clock, view.role(deadline)),
                (item.summary, .normal),
            ], x: area.x, y: area.y + 1 + row, width: area.width, selected: index == selection)
        }
        if items.isEmpty {
            canvas.put(view.t(BoardText.noOpenCases), x: area.x + 2, y: area.y + 2, role: .muted)
        }
        let alarms = view.state.alarmCounts(at: view.now)
        let footer = view.t(BoardText.complaintsFooter(open: items.count, overdue: alarms.overdue, dueSoon: alarms.dueSoon))
        canvas.put(footer, x: area.x, y: area.y + area.height - 1, role: .muted, maxWidth: area.width)
    }
}
