import DeskCore
import Foundation

/// 吹哨报到 (Art 5): open whistles, each followed by its summoned departments and how each
/// stands against its report-by deadline; whistles closed today below, muted.
struct WhistlesBoard: BoardPane {
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        Self.listed(view).filter { whistle in
            SearchQuery(filter).matches([whistle.id.raw, whistle.summary, view.t(whistle.type), view.t(whistle.matter),
                                   view.gridName(whistle.grid), whistle.caseID?.raw ?? ""]
                          + whistle.summons.map { view.departmentName($0.department) })
        }.map { .whistle($0.id) }
    }

    /// Open whistles still waiting for a department to report in, worst deadline first; then the
    /// other open ones in the order blown; then those closed today. `S` orders the open ones
    /// otherwise: by time blown, by type (emergency first) or by grid.
    static func listed(_ view: FrameContext) -> [Whistle] {
        let closed = view.state.whistlesClosed(on: BoardKit.today(view))
        let open = view.state.openWhistles()
        let waiting = open.enumerated().compactMap { offset, whistle -> (Whistle, DeadlineState, Int)? in
            guard whistle.summons.contains(where: { $0.state == .summoned }) else { return nil }
            return (whistle, view.state.deadlineState(of: whistle, at: view.now), offset)
        }.sorted { ($0.1, $1.2) > ($1.1, $0.2) }.map(\.0)
        let ids = Set(waiting.map(\.id))
        let byDeadline = waiting + open.filter { !ids.contains($0.id) }
        let sorted = switch view.sort {
        case .whistleBlown: BoardSort.sorted(byDeadline) { $0.blownAt }
        case .whistleType: BoardSort.sorted(byDeadline) { -(WhistleType.allCases.firstIndex(of: $0.type) ?? 0) }
        case .whistleGrid: BoardSort.sorted(byDeadline) { $0.grid }
        default: byDeadline
        }
        return sorted + closed
    }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let wide = area.width >= BoardKit.wide
        let zh = view.language == .zh
        let head = Table(columns: [
            .init(title: view.t(BoardText.number), width: 5),
            .init(title: view.t(BoardText.whistleTypeColumn), width: zh ? 6 : 9),
            .init(title: view.t(BoardText.matterKindColumn), width: zh ? 8 : 10),
            .init(title: view.t(BoardText.blownColumn), width: 5),
            .init(title: view.t(BoardText.caseColumn), width: 5),
        ] + (wide ? [.init(title: view.t(BoardText.grid), width: 12)] : []) + [
            .init(title: view.t(BoardText.matterInBriefColumn), width: 0),
        ])
        head.drawHeader(&canvas, x: area.x, y: area.y, width: area.width)
        let summons = Table(columns: [
            .init(title: "", width: wide ? 28 : 22),
            .init(title: "", width: zh ? 8 : 11),
            .init(title: "", width: zh ? 16 : 18),
            .init(title: "", width: 0),
        ])
        var rows = BlockRows()
        for index in BlockRows.window(count: items.count, selection: selection, height: area.height - 2) {
            guard case .whistle(let id) = items[index], let whistle = view.state.whistles[id] else { continue }
            rows.add(index) { canvas, y, selected in
                head.draw(&canvas, headCells(whistle, view, wide: wide), x: area.x, y: y, width: area.width, selected: selected)
            }
            guard whistle.isOpen else { continue }
            for (n, entry) in whistle.summons.enumerated() {
                rows.add(index) { canvas, y, selected in
                    let last = n == whistle.summons.count - 1
                    canvas.put(selected ? "┃" : " ", x: area.x, y: y, role: .focus)
                    canvas.put(last ? " └─ " : " ├─ ", x: area.x + 1, y: y, role: .frame)
                    summons.draw(&canvas, summonsCells(entry, whistle, view, wide: wide), x: area.x + 6, y: y, width: area.width - 6)
                }
            }
        }
        rows.draw(into: &canvas, y: area.y + 1, height: area.height - 2, selection: selection)
        if rows.isEmpty {
            canvas.put(view.t(view.state.openWhistleIDs.isEmpty ? BoardText.noOpenWhistles : BoardText.noMatch), x: area.x + 2, y: area.y + 2, role: .muted)
        }
        BoardKit.footer(footer(view), &canvas, area: area)
    }

    private func headCells(_ whistle: Whistle, _ view: FrameContext, wide: Bool) -> [(String, Role)] {
        let open = whistle.isOpen
        let typeRole: Role = whistle.type == .emergency ? .urgent : whistle.type == .tough ? .warning : .normal
        let summary = whistle.closedAt.map { view.t(BoardText.whistleClosed) + view.when($0) + "  " } ?? ""
        return [(whistle.id.raw, open ? view.role(view.state.deadlineState(of: whistle, at: view.now)) : .muted),
                (view.t(whistle.type), open ? typeRole : .muted),
                (view.t(whistle.matter), open ? .normal : .muted),
                (view.when(whistle.blownAt), .muted),
                (whistle.caseID?.raw ?? "—", open ? .accent : .muted)]
            + (wide ? [(view.gridName(whistle.grid), open ? .normal : .muted)] : [])
            + [(summary + whistle.summary, open ? .normal : .muted)]
    }

    private func summonsCells(_ entry: Summons, _ whistle: Whistle, _ view: FrameContext, wide: Bool) -> [(String, Role)] {
        let (timing, role) = Self.timing(entry, whistle, view)
        let note = entry.refusal ?? ([entry.reporter.map { view.t(BoardText.reporter) + $0 },
                                      entry.doneAt.map { view.t(BoardText.doneAt) + view.when($0) }]
            .compactMap { $0 }.joined(separator: "  "))
        let stateRole: Role = entry.state == .refused ? .error : entry.state == .done ? .muted : .normal
        return [(BoardKit.departmentName(entry.department, view, width: wide ? BoardKit.wide : 0), stateRole),
                (view.t(entry.state), stateRole), (timing, role), (note, entry.refusal == nil ? .muted : .error)]
    }

    /// How a summons stands against its report-by time (一哨一考核), and in which role.
    static func timing(_ entry: Summons, _ whistle: Whistle, _ view: FrameContext) -> (String, Role) {
        switch entry.record(at: view.now) {
        case .refused:
            return (view.t(BoardText.refusedArt44), .error)
        case .onTime:
            return (view.t(BoardText.onTimeAt) + (entry.reportedAt.map(view.when) ?? ""), .ok)
        case .late:
            guard let at = entry.reportedAt else {
                return (view.t(BoardText.lateBy) + ClockText.span(Int(view.now.timeIntervalSince(entry.reportBy))), .overdue)
            }
            return (view.t(BoardText.lateAt) + view.when(at) + " +" + ClockText.span(Int(at.timeIntervalSince(entry.reportBy))), .overdue)
        case .pending:
            let clock = RunningClock(kind: .report, start: whistle.blownAt, deadline: entry.reportBy)
            return (view.t(BoardText.timeLeft) + ClockText.countdown(to: entry.reportBy, from: view.now),
                    view.role(clock.state(at: view.now, view.state.dueSoon)))
        }
    }

    private func footer(_ view: FrameContext) -> String {
        let open = view.state.openWhistles()
        let records = open.flatMap(\.summons).map { $0.record(at: view.now) }
        let (pending, late, refused) = (records.count { $0 == .pending }, records.count { $0 == .late }, records.count { $0 == .refused })
        return view.t(BoardText.whistlesFooter(open: open.count, pending: pending, late: late, refused: refused))
    }
}
