extension DeskEvent {
    /// The id of what the event is about: the new case, whistle, dispatch… or the one acted on.
    public var subject: String? {
        switch self {
        case .streetConfigured: nil
        case .caseTakenIn(let e): e.id.raw
        case .caseRouted(let e): e.id.raw
        case .caseContacted(let e), .caseProgressed(let e), .caseResolved(let e), .caseFoundUnsolvable(let e),
            .caseFeedbackGiven(let e), .caseClosed(let e), .caseUrged(let e), .caseRequestRejected(let e), .phoneRevealed(let e): e.id.raw
        case .caseCalledBack(let e): e.id.raw
        case .caseReturned(let e), .caseReturnRequested(let e): e.id.raw
        case .caseExtended(let e), .caseExtensionRequested(let e): e.id.raw
        case .caseMerged(let e): e.duplicate.raw
        case .caseReopened(let e): e.id.raw
        case .whistleBlown(let e): e.id.raw
        case .summonsStep(let e): e.id.raw
        case .summonsUrged(let e): e.id.raw
        case .refusalWithdrawn(let e): e.id.raw
        case .caseRecategorized(let e): e.id.raw
        case .orderApplied(let e): e.id.raw
        case .caseEvaluated(let e): e.id.raw
        case .serviceRequestApplied(let e): e.id.raw
        case .caseTagged(let e), .caseUntagged(let e): e.id.raw
        case .whistleClosed(let e): e.id.raw
        case .dispatchCreated(let e): e.id.raw
        case .unitStatusChanged(let e): e.id.raw
        case .dispatchConcluded(let e): e.id.raw
        case .findingRecorded(let e): e.id.raw
        case .handoverSigned(let e): e.id.raw
        case .handoverAcknowledged(let e): e.id.raw
        case .utilityRated(let e): e.department.raw
        case .practiceStarted, .logRevealed: nil
        }
    }
}

extension DeskEvent {
    /// The existing cases the event changes (not one it creates): folding it needs them at hand.
    public var casesChanged: [CaseID] {
        switch self {
        case .caseRouted(let e): [e.id]
        case .caseContacted(let e), .caseProgressed(let e), .caseResolved(let e), .caseFoundUnsolvable(let e),
            .caseFeedbackGiven(let e), .caseClosed(let e), .caseUrged(let e), .caseRequestRejected(let e), .phoneRevealed(let e): [e.id]
        case .caseCalledBack(let e): [e.id]
        case .caseReturned(let e), .caseReturnRequested(let e): [e.id]
        case .caseExtended(let e), .caseExtensionRequested(let e): [e.id]
        case .caseMerged(let e): [e.duplicate, e.original]
        case .caseReopened(let e): [e.id]
        case .caseRecategorized(let e): [e.id]
        case .orderApplied(let e): [e.id]
        case .caseEvaluated(let e): [e.id]
        case .serviceRequestApplied(let e): [e.id]
        case .caseTagged(let e), .caseUntagged(let e): [e.id]
        case .whistleBlown(let e): e.caseID.map { [$0] } ?? []
        case .dispatchCreated(let e): e.caseID.map { [$0] } ?? []
        case .streetConfigured, .caseTakenIn, .summonsStep, .summonsUrged, .refusalWithdrawn, .whistleClosed, .unitStatusChanged, .dispatchConcluded,
            .findingRecorded, .handoverSigned, .handoverAcknowledged, .utilityRated, .practiceStarted, .logRevealed: []
        }
    }
}
