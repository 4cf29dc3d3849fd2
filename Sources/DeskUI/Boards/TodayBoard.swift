import DeskCore

/// 今日概况: the supervisor's day — today's figures and three rates, the day's intake hour by hour
/// and the week's hotspots, the latest handover notes, and the cases that need the supervisor
/// (overdue, most overdue first, then due soon), which Enter opens.
struct TodayBoard: BoardPane {
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        BoardKit.queue(view.state.queue.entries.lazy.filter { $0.state(at: view.now) >= .dueSoon }, view, filter: filter)
    }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let day = TodayFigures(view)
        let pictures = view.lists.todayPictures(view)
        let stamp = ClockText.stamp(view.now, in: view.zone)
        let title = view.t(BoardText.today) + String(stamp.prefix(5)) + "   "
        canvas.put(title, x: area.x, y: area.y, role: .header)
        let handovers = Array(view.state.handovers.suffix(area.width >= BoardKit.wide ? 5 : 2).reversed())
        var list = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        if area.width >= BoardKit.wide {
            let left = 30
            TodayFigures.column(day.rates, into: &canvas, x: area.x, y: area.y + 2, width: left - 4)
            TodayFigures.column(day.figures, into: &canvas, x: area.x, y: area.y + 7, width: left - 4)
            let below = area.y + 8 + day.figures.count
            pictures.drawSparkline(view, into: &canvas, x: area.x, y: below, width: left - 2, stacked: true)
            pictures.drawHotspots(view, into: &canvas, x: area.x, y: below + 3, width: left - 4, rows: area.y + area.height - 1 - (below + 3))
            list = Rect(x: area.x + left, y: area.y, width: area.width - left, height: area.height - 1)
            if !handovers.isEmpty { list.height -= handovers.count + 2 }
            drawHandovers(handovers, view, into: &canvas, x: list.x, y: list.y + list.height + 1, width: list.width)
        } else {
            let indent = DisplayWidth.width(of: title)
            let rates = TodayFigures.flow(day.rates, into: &canvas, x: area.x + indent, y: area.y, width: area.width - indent)
            var used = rates + TodayFigures.flow(day.figures, into: &canvas, x: area.x, y: area.y + rates, width: area.width)
            used += pictures.drawSparkline(view, into: &canvas, x: area.x, y: area.y + used, width: area.width)
            pictures.flowHotspots(view, into: &canvas, x: area.x, y: area.y + used, width: area.width)
            used += 1
            drawHandovers(handovers, view, into: &canvas, x: area.x, y: area.y + used, width: area.width)
            let top = area.y + used + max(1, handovers.count)
            list = Rect(x: area.x, y: top, width: area.width, height: area.y + area.height - 1 - top)
        }
        drawCases(view, items: items, selection: selection, into: &canvas, area: list)
        let overdue = BoardKit.overdueCount(items, view)
        BoardKit.footer(view.t(BoardText.todayFooter(attention: items.count, overdue: overdue)),
                        &canvas, area: area)
    }

    private func drawCases(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let wide = area.width >= 80
        let table = Table(columns: [
            .init(title: view.t(BoardText.caseNumber), width: 5),
            .init(title: view.t(BoardText.stateColumn), width: view.language == .zh ? 6 : 9),
            .init(title: view.t(BoardText.dueColumn), width: 12, alignment: .right),
        ] + (wide ? [.init(title: view.t(BoardText.urgedColumn), width: 5, alignment: .right)] : []) + [
            .init(title: view.t(BoardText.grid), width: 12),
            .init(title: view.t(BoardText.summaryColumn), width: 0),
        ])
        table.drawHeader(&canvas, x: area.x, y: area.y, width: area.width)
        let window = Scroll.window(count: items.count, visible: area.height - 1, selection: selection)
        for (row, index) in window.enumerated() {
            guard case .caseItem(let id) = items[index], let item = view.state.cases[id] else { continue }
            let urged: [(String, Role)] = wide ? [(item.urgeCount == 0 ? "" : "×\(item.urgeCount)", .warning)] : []
            table.draw(&canvas, [(item.id.raw, item.timeLimit == .urgent ? .urgent : .accent), (view.t(item.status), .normal),
                                 (BoardKit.clockText(item, view), view.role(view.state.deadlineState(of: item, at: view.now)))]
                       + urged + [(view.gridName(item.grid), .normal), (item.summary, .normal)],
                       x: area.x, y: area.y + 1 + row, width: area.width, selected: index == selection, item: index)
        }
        if items.isEmpty {
            let (overdue, dueSoon) = view.state.queue.counts(at: view.now)
            let hidden = overdue + dueSoon > 0  // by the `/` filter
            canvas.put(view.t(hidden ? BoardText.noMatch : BoardText.nothingOverdueOrDueSoon), x: area.x + 2, y: area.y + 1, role: hidden ? .muted : .ok)
        }
    }

    /// The latest handover notes, newest first: when, who to whom, the note.
    private func drawHandovers(_ handovers: [Handover], _ view: FrameContext, into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        guard !handovers.isEmpty else {
            canvas.put(view.t(BoardText.noHandoverYet), x: x, y: y, role: .muted)
            return
        }
        for (row, handover) in handovers.enumerated() {
            var at = x + canvas.put(view.t(BoardText.handover) + ClockText.stamp(handover.at, in: view.zone) + " ", x: x, y: y + row, role: .muted)
            at += canvas.put("\(handover.from) → \(handover.to)  ", x: at, y: y + row, role: .accent)
            // The latest: whether it was acknowledged, and what it handed over.
            if let snapshot = view.state.handoverSnapshot, snapshot.handover == handover.id {
                let acknowledged = handover.acknowledgedAt != nil
                at += canvas.put(view.t(acknowledged ? BoardText.acknowledged : BoardText.awaitingAcknowledgement) + " ",
                                 x: at, y: y + row, role: acknowledged ? .ok : .warning)
                at += canvas.put(DisplayWidth.truncate(view.t(BoardText.handedOver(snapshot)), to: max(0, x + width - at - 2)) + "  ",
                                 x: at, y: y + row, role: .normal, maxWidth: x + width - at)
            }
            // A note cut short says so with an ellipsis.
            canvas.put(DisplayWidth.truncate(handover.note, to: max(0, x + width - at)), x: at, y: y + row, role: .normal, maxWidth: x + width - at)
        }
    }
}
