import DeskCore
import Foundation

/// 联合执法 (Art 11(3), 26), a CAD-style board: open dispatches with their units and timers
/// (one row per unit; on very wide screens, lanes by status), then today's concluded ones, muted.
/// An open dispatch's units are rows of their own, each selectable: `n` moves one on a step.
struct DispatchBoard: BoardPane {
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        Self.listed(view).filter { dispatch in
            SearchQuery(filter).matches([dispatch.id.raw, dispatch.summary, dispatch.place, view.gridName(dispatch.grid),
                                   dispatch.caseID?.raw ?? ""] + dispatch.units.map { view.departmentName($0.department) })
        }.flatMap { dispatch -> [ItemRef] in
            [.dispatch(dispatch.id)] + (dispatch.isOpen ? dispatch.units.map { .unit(dispatch.id, $0.department) } : [])
        }
    }

    /// Open dispatches in the order created (or as `S` chose: by planned time, lead department
    /// in profile order, or grid), then those concluded today.
    static func listed(_ view: FrameContext) -> [Dispatch] {
        let concluded = view.state.dispatchesConcluded(on: BoardKit.today(view))
        let open = view.state.openDispatches()
        let lead = Dictionary(view.street.profile.departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
        let sorted = switch view.sort {
        case .dispatchPlanned: BoardSort.sorted(open) { $0.plannedAt }
        case .dispatchLead: BoardSort.sorted(open) { lead[$0.lead] ?? .max }
        case .dispatchGrid: BoardSort.sorted(open) { $0.grid }
        default: open
        }
        return sorted + concluded
    }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let dispatches = items.compactMap { item -> Dispatch? in
            guard case .dispatch(let id) = item else { return nil }
            return view.state.dispatches[id]
        }
        let head = Table(columns: [
            .init(title: view.t(BoardText.number), width: 5),
            .init(title: view.t(BoardText.plannedColumn), width: 5),
            .init(title: view.t(BoardText.placeColumn), width: 14),
            .init(title: view.t(BoardText.leadColumn), width: area.width >= BoardKit.wide ? 28 : 18),
            .init(title: view.t(BoardText.matterColumn), width: 0),
        ])
        var rows = BlockRows()
        let lanes = area.width >= DispatchLanes.minimumWidth ? DispatchLanes(view: view, x: area.x, width: area.width) : nil
        if let lanes { lanes.drawHeader(&canvas, y: area.y) } else { head.drawHeader(&canvas, x: area.x, y: area.y, width: area.width) }
        var ruled = false
        for (index, item) in items.enumerated() {
            guard case .dispatch(let id) = item, let dispatch = view.state.dispatches[id] else { continue }
            if dispatch.isOpen {
                let span = index...(index + dispatch.units.count)
                if let lanes {
                    let unit: DepartmentID? = if case .unit(id, let department)? = items[safe: selection] { department } else { nil }
                    lanes.add(dispatch, span, selectedUnit: unit, to: &rows)
                } else {
                    addList(dispatch, index, head: head, view, to: &rows, area: area)
                }
                continue
            }
            if !ruled {
                ruled = true
                rows.add(index) { canvas, y, _ in
                    canvas.put(view.t(BoardText.concludedTodayRule), x: area.x, y: y, role: .muted)
                }
            }
            rows.add(index) { canvas, y, selected in
                head.draw(&canvas, concludedCells(dispatch, view, width: area.width), x: area.x, y: y, width: area.width, selected: selected)
            }
        }
        rows.draw(into: &canvas, y: area.y + 1, height: area.height - 2, selection: selection)
        if rows.isEmpty {
            canvas.put(view.t(BoardText.noDispatches), x: area.x + 2, y: area.y + 2, role: .muted)
        }
        BoardKit.footer(footer(view, concluded: dispatches.count { !$0.isOpen }), &canvas, area: area)
    }

    /// Narrow screens: the dispatch, then one row per unit with its status and timer, each its own item.
    private func addList(_ dispatch: Dispatch, _ index: Int, head: Table, _ view: FrameContext, to rows: inout BlockRows, area: Rect) {
        rows.add(index) { canvas, y, selected in
            head.draw(&canvas, [(dispatch.id.raw, .accent), (view.when(dispatch.plannedAt), .muted), (dispatch.place, .normal),
                                (BoardKit.departmentName(dispatch.lead, view, width: area.width), .normal), (dispatch.summary, .normal)],
                      x: area.x, y: y, width: area.width, selected: selected)
        }
        let wide = area.width >= BoardKit.wide
        let units = Table(columns: [.init(title: "", width: wide ? 28 : 22), .init(title: "", width: view.language == .zh ? 6 : 10),
                                    .init(title: "", width: 7, alignment: .right), .init(title: "", width: 0)])
        for (n, unit) in dispatch.units.enumerated() {
            rows.add(index + 1 + n) { canvas, y, selected in
                canvas.put(selected ? "┃" : " ", x: area.x, y: y, role: .focus)
                canvas.put(n == dispatch.units.count - 1 ? " └─ " : " ├─ ", x: area.x + 1, y: y, role: .frame)
                let role = UnitTimer.role(unit, of: dispatch, at: view.now)
                units.draw(&canvas, [(BoardKit.departmentName(unit.department, view, width: area.width), unit.status == .cleared ? .muted : .normal),
                                     (view.t(unit.status), role), (UnitTimer.text(unit, at: view.now), role),
                                     (view.t(BoardText.since) + view.when(unit.since), .muted)],
                           x: area.x + 6, y: y, width: area.width - 6, selected: selected)
            }
        }
    }

    private func concludedCells(_ dispatch: Dispatch, _ view: FrameContext, width: Int) -> [(String, Role)] {
        // The planned column keeps the planned time; when it was concluded leads the outcome.
        let concluded = dispatch.concludedAt.map { view.t(DetailText.concludedAt) + view.when($0) + " " } ?? ""
        let outcome = concluded + (dispatch.conclusion.map { "【\(view.t($0.outcome))】\($0.findings)" } ?? "")
        return [(dispatch.id.raw, .muted), (view.when(dispatch.plannedAt), .muted), (dispatch.place, .muted),
                (BoardKit.departmentName(dispatch.lead, view, width: width), .muted), (outcome, .muted)]
    }

    private func footer(_ view: FrameContext, concluded: Int) -> String {
        let units = view.state.openDispatches().flatMap(\.units)
        let counts = UnitStatus.allCases.map { status in "\(view.t(status)) \(units.count { $0.status == status })" }
        return view.t(BoardText.openCount) + "\(view.state.openDispatches().count)   " + counts.joined(separator: "  ")
            + view.t(BoardText.concludedTodayCount) + "\(concluded)"
    }
}

/// The unit timers of the dispatch board (CAD convention). The thresholds are the desk's
/// defaults, not statutory figures: a unit may sit dispatched or en route this long before
/// its timer turns due soon, then overdue.
enum UnitTimer {
    static let dueSoonAfter: TimeInterval = 15 * 60
    static let overdueAfter: TimeInterval = 30 * 60

    /// `12m`: time in the present status.
    static func text(_ unit: Dispatch.Unit, at now: Date) -> String {
        ClockText.span(max(0, Int(now.timeIntervalSince(unit.since))))
    }

    /// Moving units age from their status change, or from the planned time when that is later:
    /// a unit dispatched for this afternoon is not late this morning.
    static func role(_ unit: Dispatch.Unit, of dispatch: Dispatch, at now: Date) -> Role {
        switch unit.status {
        case .dispatched, .enRoute:
            let age = now.timeIntervalSince(max(unit.since, dispatch.plannedAt))
            return age < 0 ? .muted : age < dueSoonAfter ? .ok : age < overdueAfter ? .dueSoon : .overdue
        case .onScene: return .ok
        case .cleared: return .muted
        }
    }
}
