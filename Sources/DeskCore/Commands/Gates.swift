import Foundation

/// The actions on one record, by the palette and CLI name each has in `ActionCatalog`.
public enum CaseAction: String, CaseIterable, Sendable {
    case route, contact, progress, resolve, feedback, callback, close
    case returnCase = "return"
    case urge, extend, merge, reopen
    case revealPhone = "reveal-phone"
    case whistle, dispatch, approve, reject, recategorize
    case evaluate = "evaluation"
    case tag, untag
}

public enum WhistleAction: String, CaseIterable, Sendable {
    case reportIn = "report-in", act, finish, refuse
    case urge = "urge-summons"
    case withdrawRefusal = "withdraw-refusal"
    case close = "close-whistle"
}

public enum DispatchAction: String, CaseIterable, Sendable {
    case unitStatus = "unit-status", conclude
}

/// "Why not now" for every action on a record (lazygit's `GetDisabledReason`): the one check
/// that both what the desk offers and what the rules accept go through, so the two cannot
/// drift apart. It judges the record, the moment and the operator's role; what the action's
/// own values must be (a note, a department) is judged by the rule that builds the event.
extension Rules {
    func allow(_ action: CaseAction, on item: Case) throws(DeskError) {
        if action.isSupervisorOnly { try supervisor() }
        switch action {
        // Tagging is the review's: a case settled last month is tagged as readily as an open one.
        case .callback, .reopen, .revealPhone, .evaluate, .tag, .untag: break
        default: guard item.status.isOpen else { throw .caseNotOpen(item.id, item.status) }
        }
        let id = item.id
        switch action {
        case .contact, .progress, .feedback, .urge, .whistle, .dispatch, .merge, .recategorize:
            break
        case .route:
            if item.resolvedAt != nil { throw .alreadyResolved(id) }
        case .resolve:
            guard item.routing != nil else { throw .resolveBeforeRouting(id) }
            if item.resolvedAt != nil { throw .alreadyResolved(id) }
        case .close:
            // Art 17: triaged, concluded (solved, or found unsolvable with its reason), answered.
            guard item.routing != nil else { throw .closeBeforeRouting(id) }
            guard item.resolvedAt != nil else { throw .closeBeforeResolution(id) }
            guard item.feedbackAt != nil else { throw .closeWithoutFeedback(id) }
            let unanswered = state.followers(of: id).filter { state.cases[$0]?.feedbackAt == nil }
            guard unanswered.isEmpty else { throw .duplicatesUnanswered(id, unanswered) }
        case .callback:
            guard item.status == .resolved || item.status == .closed else { throw .caseNotOpen(id, item.status) }
            guard item.feedbackAt != nil else { throw .callbackWithoutFeedback(id) }
        case .returnCase:
            guard item.source == .hotline else { throw .returnNotFromHotline(id, item.source) }
            if item.resolvedAt != nil { throw .alreadyResolved(id) }
            guard now <= item.respondBy else { throw .returnPastDeadline(id, stamp(item.respondBy)) }
            if let pending = item.pendingRequest { throw .requestPending(id, pending.label) }
        case .extend:
            guard item.routing != nil else { throw .extendBeforeRouting(id) }
            if item.resolvedAt != nil { throw .alreadyResolved(id) }
            guard now <= item.resolveBy else { throw .extensionPastDeadline(id, stamp(item.resolveBy)) }
            if let pending = item.pendingRequest { throw .requestPending(id, pending.label) }
            let most = street.extensionLimits.most
            guard item.extensionCount < most else { throw .extensionsUsedUp(id, most: most) }
        case .reopen:
            guard let latest = item.callbacks.last, !latest.solved, item.status == .resolved || item.status == .closed else {
                throw .reopenNeedsUnsolvedCallback(id)
            }
        case .revealPhone:
            guard item.phone != nil else { throw .noPhone(id) }
        case .approve, .reject:
            guard item.pendingRequest != nil else { throw .noPendingRequest(id) }
        case .tag:
            guard !street.themes.isEmpty else { throw .noThemes }
            if let last = item.tags.last, street.themes.allSatisfy({ item.tags.contains($0.id) }) { throw .alreadyTagged(id, last) }
        case .untag:
            guard !item.tags.isEmpty else { throw .notTagged(id, nil) }
        case .evaluate:
            // The centre calls back on the orders it dispatched, not on the street's own finds.
            guard item.source == .hotline else { throw .evaluationNotFromHotline(id, item.source) }
        }
    }

    func allow(_ action: WhistleAction, on whistle: Whistle) throws(DeskError) {
        if action == .urge { try supervisor() }
        guard whistle.isOpen else { throw .whistleClosed(whistle.id) }
        switch action {
        case .close:
            let pending = whistle.summons.filter { $0.state != .done && $0.state != .refused }.map(\.department)
            let caseOpen = whistle.caseID.flatMap { id in
                state.cases[id].flatMap { $0.resolvedAt == nil && $0.status.isOpen ? id : nil }
            }
            guard pending.isEmpty, caseOpen == nil else { throw .whistleMatterNotDone(whistle.id, pending: pending, caseOpen: caseOpen) }
        case .urge:
            guard whistle.summons.contains(where: { isLate($0) }) else { throw .noLateDepartment(whistle.id) }
        case .withdrawRefusal:
            guard whistle.summons.contains(where: { $0.state == .refused }) else { throw .noRefusalOn(whistle.id) }
        case .reportIn, .act, .finish, .refuse:
            let step = action.step!
            guard whistle.summons.contains(where: { step.follows($0.state) }) else { throw .noDepartmentFor(whistle.id, step) }
        }
    }

    func allow(_ action: DispatchAction, on dispatch: Dispatch) throws(DeskError) {
        guard dispatch.isOpen else { throw .dispatchConcluded(dispatch.id) }
        let out = dispatch.units.filter { $0.status != .cleared }.map(\.department)
        switch action {
        case .unitStatus: guard !out.isEmpty else { throw .allUnitsCleared(dispatch.id) }
        case .conclude: guard out.isEmpty else { throw .unitsStillOut(dispatch.id, out) }
        }
    }

    /// 督办 on a department that has not reported in by its deadline (Art 44's list itself
    /// is for refusals).
    func isLate(_ summons: Summons) -> Bool { summons.state == .summoned && now > summons.reportBy }

    func supervisor() throws(DeskError) {
        guard street.isSupervisor(operatorName) else { throw .supervisorOnly(operatorName ?? "") }
    }

    private func stamp(_ date: Date) -> String { ClockText.stamp(date, in: street.timeZone) }
}

extension CaseAction {
    /// 督办, revealing a complainant's number, and deciding requests are the supervisor's (带班领导).
    public var isSupervisorOnly: Bool { [.urge, .revealPhone, .approve, .reject].contains(self) }
}

extension WhistleAction {
    /// The summons step this action takes a department to.
    var step: SummonsState? {
        switch self {
        case .reportIn: .reportedIn
        case .act: .acting
        case .finish: .done
        case .refuse: .refused
        case .urge, .close, .withdrawRefusal: nil
        }
    }
}

extension SummonsState {
    /// summoned → reported in → acting → done; refusal only before the work is done.
    func follows(_ current: SummonsState) -> Bool {
        switch self {
        case .reportedIn: current == .summoned
        case .acting: current == .reportedIn
        case .done: current == .reportedIn || current == .acting
        case .refused: current == .summoned || current == .reportedIn || current == .acting
        case .summoned: false
        }
    }
}

extension DeskState {
    /// Why `operatorName` may not ask `action` of case `id` at `now`; nil when it may. What
    /// the desk offers is exactly what this allows.
    public func refusal(_ action: CaseAction, on id: CaseID, at now: Date, by operatorName: String?) -> DeskError? {
        check(at: now, by: operatorName) { rules throws(DeskError) in try rules.allow(action, on: try rules.existingCase(id)) }
    }

    public func refusal(_ action: WhistleAction, on id: WhistleID, at now: Date, by operatorName: String?) -> DeskError? {
        check(at: now, by: operatorName) { rules throws(DeskError) in
            guard let whistle = whistles[id] else { throw .unknownWhistle(id.raw) }
            try rules.allow(action, on: whistle)
        }
    }

    public func refusal(_ action: DispatchAction, on id: DispatchID, at now: Date, by operatorName: String?) -> DeskError? {
        check(at: now, by: operatorName) { rules throws(DeskError) in
            guard let dispatch = dispatches[id] else { throw .unknownDispatch(id.raw) }
            try rules.allow(action, on: dispatch)
        }
    }

    /// The refusal of the action named `name` (a palette name) on the record `subject` names;
    /// nil when allowed, or when the action takes no record.
    public func refusal(of name: String, on subject: String, at now: Date, by operatorName: String?) -> DeskError? {
        if let action = CaseAction(rawValue: name) { return refusal(action, on: CaseID(subject), at: now, by: operatorName) }
        if let action = WhistleAction(rawValue: name) { return refusal(action, on: WhistleID(subject), at: now, by: operatorName) }
        if let action = DispatchAction(rawValue: name) { return refusal(action, on: DispatchID(subject), at: now, by: operatorName) }
        return nil
    }

    /// What may be asked of the case now, in catalog order.
    public func offers(for item: Case, at now: Date, by operatorName: String?) -> [CaseAction] {
        CaseAction.allCases.filter { refusal($0, on: item.id, at: now, by: operatorName) == nil }
    }

    public func offers(for whistle: Whistle, at now: Date, by operatorName: String?) -> [WhistleAction] {
        WhistleAction.allCases.filter { refusal($0, on: whistle.id, at: now, by: operatorName) == nil }
    }

    public func offers(for dispatch: Dispatch, at now: Date, by operatorName: String?) -> [DispatchAction] {
        DispatchAction.allCases.filter { refusal($0, on: dispatch.id, at: now, by: operatorName) == nil }
    }

    private func check(at now: Date, by operatorName: String?, _ body: (Rules) throws(DeskError) -> Void) -> DeskError? {
        guard let street else { return .noStreet }
        do {
            try body(Rules(state: self, street: street, now: now, operatorName: operatorName))
            return nil
        } catch {
            return error
        }
    }
}
