/// Everything that can happen at the desk. The journal stores each as `kind` + JSON payload;
/// the state is a fold of these. A payload's shape never changes: a new field or meaning is a
/// new kind, and each payload spells out its JSON keys (`CodingKeys`) so that renaming a
/// property cannot change the format (docs/journal-format.md).
public enum DeskEvent: Equatable, Sendable {
    case streetConfigured(StreetProfile)

    case caseTakenIn(CaseTakenIn)
    case caseRouted(CaseRouted)
    case caseContacted(CaseNote)
    case caseProgressed(CaseNote)
    case caseResolved(CaseNote)
    /// Concluded as one that cannot be solved, with the reason (不能解决).
    case caseFoundUnsolvable(CaseNote)
    case caseFeedbackGiven(CaseNote)
    case caseCalledBack(CaseCalledBack)
    case caseClosed(CaseNote)
    /// A return that takes effect: approved by a supervisor (in journals of format 1, at once).
    case caseReturned(CaseReturned)
    case caseReturnRequested(CaseReturned)
    case caseUrged(CaseNote)
    /// An extension that takes effect: approved by a supervisor (in format 1, at once).
    case caseExtended(CaseExtended)
    case caseExtensionRequested(CaseExtended)
    /// A supervisor turned down the pending return or extension request, with the reason.
    case caseRequestRejected(CaseNote)
    case caseMerged(CaseMerged)
    case caseReopened(CaseReopened)
    case phoneRevealed(CaseNote)
    case caseRecategorized(CaseRecategorized)
    /// A 12345 work order applied to its case: its number, the centre's clocks and counts.
    case orderApplied(OrderApplied)
    /// The hotline centre's official call-back result.
    case caseEvaluated(CaseEvaluated)
    /// An Open311 service request applied to its case (format 4).
    case serviceRequestApplied(ServiceRequestApplied)
    /// Tagged with a theme (主题), and untagged: the review slices the figures by theme.
    case caseTagged(CaseTagged)
    case caseUntagged(CaseTagged)

    case whistleBlown(WhistleBlown)
    case summonsStep(SummonsStep)
    case summonsUrged(SummonsUrged)
    case refusalWithdrawn(RefusalWithdrawn)
    case whistleClosed(WhistleClosed)

    case dispatchCreated(DispatchCreated)
    case unitStatusChanged(UnitStatusChanged)
    case dispatchConcluded(DispatchConcluded)

    case findingRecorded(FindingRecorded)
    case handoverSigned(HandoverSigned)
    case handoverAcknowledged(HandoverAcknowledged)
    case utilityRated(UtilityRated)

    /// A practice journal's mark (training): changes no record.
    case practiceStarted(PracticeStarted)
    /// Complainants' numbers printed in full by a supervisor: changes no record.
    case logRevealed(LogRevealed)
}

/// The journal format this StreetDesk writes, recorded in the street profile of every journal's
/// first entry. 1: journals before the format was recorded. 2: returns and extensions are
/// requests a supervisor decides; cases can be found unsolvable; whistles' late departments
/// can be urged; the profile may set extension limits, the call-back rule and a due-soon floor.
/// 3: `training.started` marks a practice journal; handovers are acknowledged; refusals and
/// categories can be corrected; the profile may set the shift length; 12345 work orders are
/// taken in by their numbers and the centre's call-backs recorded; the profile may map orders;
/// a supervisor's reveal of the log's phone numbers is journaled.
/// 4: Open311 service requests are taken in by their ids (`case.open311`); the profile may map
/// service codes (`open311`).
/// Cases are tagged with the profile's themes (主题, its optional `themes`, `case.tagged`, `case.untagged`).
public enum JournalFormat {
    public static let current = 4
}

/// The journal's `kind` column: one name per event, never reused.
public enum EventKind: String, CaseIterable, Sendable {
    case streetConfigured = "street.configured"
    case caseTakenIn = "case.intake"
    case caseRouted = "case.routed"
    case caseContacted = "case.contacted"
    case caseProgressed = "case.progress"
    case caseResolved = "case.resolved"
    case caseFoundUnsolvable = "case.unsolvable"
    case caseFeedbackGiven = "case.feedback"
    case caseCalledBack = "case.callback"
    case caseClosed = "case.closed"
    case caseReturned = "case.returned"
    case caseReturnRequested = "case.return-requested"
    case caseUrged = "case.urged"
    case caseExtended = "case.extended"
    case caseExtensionRequested = "case.extension-requested"
    case caseRequestRejected = "case.request-rejected"
    case caseMerged = "case.merged"
    case caseReopened = "case.reopened"
    case phoneRevealed = "case.phone-revealed"
    case caseRecategorized = "case.recategorized"
    case orderApplied = "case.order"
    case caseEvaluated = "case.evaluated"
    case serviceRequestApplied = "case.open311"
    case caseTagged = "case.tagged"
    case caseUntagged = "case.untagged"
    case whistleBlown = "whistle.blown"
    case summonsStep = "whistle.summons"
    case summonsUrged = "whistle.urged"
    case refusalWithdrawn = "whistle.refusal-withdrawn"
    case whistleClosed = "whistle.closed"
    case dispatchCreated = "dispatch.created"
    case unitStatusChanged = "dispatch.unit-status"
    case dispatchConcluded = "dispatch.concluded"
    case findingRecorded = "patrol.finding"
    case handoverSigned = "shift.handover"
    case handoverAcknowledged = "shift.acknowledged"
    case utilityRated = "utility.rated"
    case practiceStarted = "training.started"
    case logRevealed = "log.revealed"

    /// Rebuilds the event of this kind from its payload.
    func event(_ d: PayloadDecoder) throws -> DeskEvent {
        switch self {
        case .streetConfigured: .streetConfigured(try d.decode())
        case .caseTakenIn: .caseTakenIn(try d.decode())
        case .caseRouted: .caseRouted(try d.decode())
        case .caseContacted: .caseContacted(try d.decode())
        case .caseProgressed: .caseProgressed(try d.decode())
        case .caseResolved: .caseResolved(try d.decode())
        case .caseFoundUnsolvable: .caseFoundUnsolvable(try d.decode())
        case .caseFeedbackGiven: .caseFeedbackGiven(try d.decode())
        case .caseCalledBack: .caseCalledBack(try d.decode())
        case .caseClosed: .caseClosed(try d.decode())
        case .caseReturned: .caseReturned(try d.decode())
        case .caseReturnRequested: .caseReturnRequested(try d.decode())
        case .caseUrged: .caseUrged(try d.decode())
        case .caseExtended: .caseExtended(try d.decode())
        case .caseExtensionRequested: .caseExtensionRequested(try d.decode())
        case .caseRequestRejected: .caseRequestRejected(try d.decode())
        case .caseMerged: .caseMerged(try d.decode())
        case .caseReopened: .caseReopened(try d.decode())
        case .phoneRevealed: .phoneRevealed(try d.decode())
        case .caseRecategorized: .caseRecategorized(try d.decode())
        case .orderApplied: .orderApplied(try d.decode())
        case .caseEvaluated: .caseEvaluated(try d.decode())
        case .serviceRequestApplied: .serviceRequestApplied(try d.decode())
        case .caseTagged: .caseTagged(try d.decode())
        case .caseUntagged: .caseUntagged(try d.decode())
        case .whistleBlown: .whistleBlown(try d.decode())
        case .summonsStep: .summonsStep(try d.decode())
        case .summonsUrged: .summonsUrged(try d.decode())
        case .refusalWithdrawn: .refusalWithdrawn(try d.decode())
        case .whistleClosed: .whistleClosed(try d.decode())
        case .dispatchCreated: .dispatchCreated(try d.decode())
        case .unitStatusChanged: .unitStatusChanged(try d.decode())
        case .dispatchConcluded: .dispatchConcluded(try d.decode())
        case .findingRecorded: .findingRecorded(try d.decode())
        case .handoverSigned: .handoverSigned(try d.decode())
        case .handoverAcknowledged: .handoverAcknowledged(try d.decode())
        case .utilityRated: .utilityRated(try d.decode())
        case .practiceStarted: .practiceStarted(try d.decode())
        case .logRevealed: .logRevealed(try d.decode())
        }
    }
}

extension DeskEvent {
    /// The journal's `kind` column.
    public var kind: String { eventKind.rawValue }

    public var eventKind: EventKind {
        switch self {
        case .streetConfigured: .streetConfigured
        case .caseTakenIn: .caseTakenIn
        case .caseRouted: .caseRouted
        case .caseContacted: .caseContacted
        case .caseProgressed: .caseProgressed
        case .caseResolved: .caseResolved
        case .caseFoundUnsolvable: .caseFoundUnsolvable
        case .caseFeedbackGiven: .caseFeedbackGiven
        case .caseCalledBack: .caseCalledBack
        case .caseClosed: .caseClosed
        case .caseReturned: .caseReturned
        case .caseReturnRequested: .caseReturnRequested
        case .caseUrged: .caseUrged
        case .caseExtended: .caseExtended
        case .caseExtensionRequested: .caseExtensionRequested
        case .caseRequestRejected: .caseRequestRejected
        case .caseMerged: .caseMerged
        case .caseReopened: .caseReopened
        case .phoneRevealed: .phoneRevealed
        case .caseRecategorized: .caseRecategorized
        case .orderApplied: .orderApplied
        case .caseEvaluated: .caseEvaluated
        case .serviceRequestApplied: .serviceRequestApplied
        case .caseTagged: .caseTagged
        case .caseUntagged: .caseUntagged
        case .whistleBlown: .whistleBlown
        case .summonsStep: .summonsStep
        case .summonsUrged: .summonsUrged
        case .refusalWithdrawn: .refusalWithdrawn
        case .whistleClosed: .whistleClosed
        case .dispatchCreated: .dispatchCreated
        case .unitStatusChanged: .unitStatusChanged
        case .dispatchConcluded: .dispatchConcluded
        case .findingRecorded: .findingRecorded
        case .handoverSigned: .handoverSigned
        case .handoverAcknowledged: .handoverAcknowledged
        case .utilityRated: .utilityRated
        case .practiceStarted: .practiceStarted
        case .logRevealed: .logRevealed
        }
    }

    /// The payload value, for encoding.
    var payload: any Encodable & Sendable {
        switch self {
        case .streetConfigured(let v): v
        case .caseTakenIn(let v): v
        case .caseRouted(let v): v
        case .caseContacted(let v), .caseProgressed(let v), .caseResolved(let v), .caseFoundUnsolvable(let v),
            .caseFeedbackGiven(let v), .caseClosed(let v), .caseUrged(let v), .caseRequestRejected(let v), .phoneRevealed(let v): v
        case .caseCalledBack(let v): v
        case .caseReturned(let v), .caseReturnRequested(let v): v
        case .caseExtended(let v), .caseExtensionRequested(let v): v
        case .caseMerged(let v): v
        case .caseReopened(let v): v
        case .whistleBlown(let v): v
        case .summonsStep(let v): v
        case .summonsUrged(let v): v
        case .refusalWithdrawn(let v): v
        case .caseRecategorized(let v): v
        case .orderApplied(let v): v
        case .caseEvaluated(let v): v
        case .serviceRequestApplied(let v): v
        case .caseTagged(let v), .caseUntagged(let v): v
        case .whistleClosed(let v): v
        case .dispatchCreated(let v): v
        case .unitStatusChanged(let v): v
        case .dispatchConcluded(let v): v
        case .findingRecorded(let v): v
        case .handoverSigned(let v): v
        case .handoverAcknowledged(let v): v
        case .utilityRated(let v): v
        case .practiceStarted(let v): v
        case .logRevealed(let v): v
        }
    }
}
