import DeskCore

/// A dispatch's units step through their statuses (dispatched → en route → on scene → cleared):
/// `n` on a unit's row moves it one step, through the same effect a palette line runs; the
/// unit-status form opens on the next step.
enum UnitSteps {
    /// The unit a row or a dispatch stands for: the row's, or the dispatch's first still out.
    static func unit(_ item: ItemRef?, _ view: FrameContext) -> (Dispatch, Dispatch.Unit)? {
        switch item {
        case .unit(let id, let department)?:
            guard let dispatch = view.state.dispatches[id], let unit = dispatch.units.first(where: { $0.department == department })
            else { return nil }
            return (dispatch, unit)
        case .dispatch(let id)?:
            guard let dispatch = view.state.dispatches[id], let unit = dispatch.units.first(where: { $0.status.next != nil })
            else { return nil }
            return (dispatch, unit)
        default: return nil
        }
    }

    /// The unit-status form's department and status: the unit's, and its next step.
    static func prefill(_ parameter: ActionSpec.Parameter, of spec: ActionSpec, item: ItemRef?, view: FrameContext) -> String? {
        guard spec.name == DispatchAction.unitStatus.rawValue, let (_, unit) = unit(item, view) else { return nil }
        switch parameter.name {
        case "department": return unit.department.raw
        case "status": return unit.status.next?.rawValue
        default: return nil
        }
    }
}

extension UnitStatus {
    /// The status after this one; nil once cleared.
    var next: UnitStatus? { Self.allCases.drop { $0 != self }.dropFirst().first }
}

extension Screen {
    /// `n` on the dispatch board: the selected unit to its next status, or why not.
    mutating func nextUnitStatus(_ view: FrameContext) -> Effect? {
        guard case .unit? = selectedItem(view), let (dispatch, unit) = UnitSteps.unit(selectedItem(view), view) else {
            status = .info(view.t(BoardText.selectAUnit))
            return nil
        }
        guard let next = unit.status.next else {
            status = .info(view.t(BoardText.unitAlreadyCleared(view.departmentName(unit.department))))
            return nil
        }
        let spec = ActionCatalog.named(DispatchAction.unitStatus.rawValue)!
        if let refusal = view.refusal(of: spec, on: .dispatch(dispatch.id)) {
            status = .error(view.t(ChromeText.refused(spec, because: refusal.phrase(naming: view.street))))
            return nil
        }
        return .run(action: spec.name, words: [dispatch.id.raw, "--department", unit.department.raw, "--status", next.rawValue])
    }
}
