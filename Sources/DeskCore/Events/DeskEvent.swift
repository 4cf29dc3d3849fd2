/// Everything that can happen at the desk. The journal stores each as `kind` + JSON payload;
/// the state is a fold of these.
public enum DeskEvent: Equatable, Sendable {
    case streetConfigured(StreetProfile)

    case caseTakenIn(CaseTakenIn)
    case caseRouted(CaseRouted)
    case caseContacted(CaseNote)
    case caseProgressed(CaseNote)
    case caseResolved(CaseNote)
    case caseFeedbackGiven(CaseNote)
    case caseCalledBack(CaseCalledBack)
    case caseClosed(CaseNote)
    case caseReturned(CaseReturned)
    case caseUrged(CaseNote)
    case caseExtended(CaseExtended)
    case caseMerged(CaseMerged)
    case caseReopened(CaseReopened)
    case phoneRevealed(CaseNote)

    case whistleBlown(WhistleBlown)
    case summonsStep(SummonsStep)
    case whistleClosed(WhistleClosed)

    case dispatchCreated(DispatchCreated)
    case unitStatusChanged(UnitStatusChanged)
    case dispatchConcluded(DispatchConcluded)

    case findingRecorded(FindingRecorded)
    case handoverSigned(HandoverSigned)
    case utilityRated(UtilityRated)
}

extension DeskEvent {
    /// The journal's `kind` column.
    public var kind: String {
        switch self {
        case .streetConfigured: "street.configured"
        case .caseTakenIn: "case.intake"
        case .caseRouted: "case.routed"
        case .caseContacted: "case.contacted"
        case .caseProgressed: "case.progress"
        case .caseResolved: "case.resolved"
        case .caseFeedbackGiven: "case.feedback"
        case .caseCalledBack: "case.callback"
        case .caseClosed: "case.closed"
        case .caseReturned: "case.returned"
        case .caseUrged: "case.urged"
        case .caseExtended: "case.extended"
        case .caseMerged: "case.merged"
        case .caseReopened: "case.reopened"
        case .phoneRevealed: "case.phone-revealed"
        case .whistleBlown: "whistle.blown"
        case .summonsStep: "whistle.summons"
        case .whistleClosed: "whistle.closed"
        case .dispatchCreated: "dispatch.created"
        case .unitStatusChanged: "dispatch.unit-status"
        case .dispatchConcluded: "dispatch.concluded"
        case .findingRecorded: "patrol.finding"
        case .handoverSigned: "shift.handover"
        case .utilityRated: "utility.rated"
        }
    }

    /// The payload value, for encoding.
    var payload: any Encodable & Sendable {
        switch self {
        case .streetConfigured(let v): v
        case .caseTakenIn(let v): v
        case .caseRouted(let v): v
        case .caseContacted(let v), .caseProgressed(let v), .caseResolved(let v), .caseFeedbackGiven(let v),
            .caseClosed(let v), .caseUrged(let v), .phoneRevealed(let v): v
        case .caseCalledBack(let v): v
        case .caseReturned(let v): v
        case .caseExtended(let v): v
        case .caseMerged(let v): v
        case .caseReopened(let v): v
        case .whistleBlown(let v): v
        case .summonsStep(let v): v
        case .whistleClosed(let v): v
        case .dispatchCreated(let v): v
        case .unitStatusChanged(let v): v
        case .dispatchConcluded(let v): v
        case .findingRecorded(let v): v
        case .handoverSigned(let v): v
        case .utilityRated(let v): v
        }
    }

    /// Rebuilds an event from its kind and a payload decoder; nil for an unknown kind.
    static func decoder(for kind: String) -> ((PayloadDecoder) throws -> DeskEvent)? {
        switch kind {
        case "street.configured": { .streetConfigured(try $0.decode()) }
        case "case.intake": { .caseTakenIn(try $0.decode()) }
        case "case.routed": { .caseRouted(try $0.decode()) }
        case "case.contacted": { .caseContacted(try $0.decode()) }
        case "case.progress": { .caseProgressed(try $0.decode()) }
        case "case.resolved": { .caseResolved(try $0.decode()) }
        case "case.feedback": { .caseFeedbackGiven(try $0.decode()) }
        case "case.callback": { .caseCalledBack(try $0.decode()) }
        case "case.closed": { .caseClosed(try $0.decode()) }
        case "case.returned": { .caseReturned(try $0.decode()) }
        case "case.urged": { .caseUrged(try $0.decode()) }
        case "case.extended": { .caseExtended(try $0.decode()) }
        case "case.merged": { .caseMerged(try $0.decode()) }
        case "case.reopened": { .caseReopened(try $0.decode()) }
        case "case.phone-revealed": { .phoneRevealed(try $0.decode()) }
        case "whistle.blown": { .whistleBlown(try $0.decode()) }
        case "whistle.summons": { .summonsStep(try $0.decode()) }
        case "whistle.closed": { .whistleClosed(try $0.decode()) }
        case "dispatch.created": { .dispatchCreated(try $0.decode()) }
        case "dispatch.unit-status": { .unitStatusChanged(try $0.decode()) }
        case "dispatch.concluded": { .dispatchConcluded(try $0.decode()) }
        case "patrol.finding": { .findingRecorded(try $0.decode()) }
        case "shift.handover": { .handoverSigned(try $0.decode()) }
        case "utility.rated": { .utilityRated(try $0.decode()) }
        default: nil
        }
    }
}
