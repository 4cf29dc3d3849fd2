import DeskCore

/// One journal entry in words, for timelines: what happened, in the desk's language, with the data as entered.
enum EventText {
    static func describe(_ event: DeskEvent, _ view: FrameContext) -> String {
        func names(_ ids: [DepartmentID]) -> String { ids.map(view.departmentName).joined(separator: "、") }
        func noted(_ label: String, _ note: String) -> String { note.isEmpty ? label : label + view.t(TimelineText.noteSeparator) + note }
        switch event {
        case .streetConfigured(let p): return view.t(TimelineText.streetConfigured(p.street.name))
        case .caseTakenIn(let e): return view.t(TimelineText.takenIn(e.type.label, via: e.source.label))
        case .caseRouted(let e):
            let to = e.departments.isEmpty ? "" : " → " + names(e.departments)
            return "\(view.t(e.outcome))\(to)（\(e.reason)）"
        case .caseContacted(let e): return noted(view.t(TimelineText.contacted), e.note)
        case .caseProgressed(let e): return noted(view.t(TimelineText.progress), e.note)
        case .caseResolved(let e): return noted(view.t(TimelineText.resolved), e.note)
        case .caseFoundUnsolvable(let e): return noted(view.t(TimelineText.foundUnsolvable), e.note)
        case .caseFeedbackGiven(let e): return noted(view.t(TimelineText.feedback), e.note)
        case .caseCalledBack(let e):
            return noted(view.t(TimelineText.callBack) + view.t(Solved(e.solved))
                         + " · " + view.t(e.satisfaction), e.note)
        case .caseClosed(let e): return noted(view.t(TimelineText.closed), e.note)
        case .caseReturned(let e): return view.t(TimelineText.returned(rule: e.rule))
        case .caseReturnRequested(let e): return noted(view.t(TimelineText.returnAsked(rule: e.rule)), e.reason)
        case .caseExtensionRequested(let e):
            return view.t(TimelineText.extensionAskedTo) + ClockText.stamp(e.resolveBy, in: view.zone) + "（\(e.reason)）"
        case .caseRequestRejected(let e): return noted(view.t(TimelineText.requestRejected), e.note)
        case .caseUrged(let e): return noted(view.t(TimelineText.urged), e.note)
        case .caseExtended(let e):
            return view.t(TimelineText.extendedTo) + ClockText.stamp(e.resolveBy, in: view.zone) + "（\(e.reason)）"
        case .caseMerged(let e): return view.t(TimelineText.merged(e.duplicate.raw, into: e.original.raw))
        case .caseReopened(let e): return view.t(TimelineText.reopened(reason: e.reason))
        case .phoneRevealed(let e): return noted(view.t(TimelineText.phoneRevealed), e.note)
        case .whistleBlown(let e):
            return view.t(TimelineText.whistleBlown(e.id.raw, e.type.label)) + names(e.summons.map(\.department))
        case .summonsStep(let e): return noted("\(e.id) \(view.departmentName(e.department)) \(view.t(e.state))", e.note)
        case .refusalWithdrawn(let e):
            return noted(view.t(TimelineText.corrected(e.corrects)) + "\(e.id) " + view.departmentName(e.department) + view.t(TimelineText.refusalWithdrawn), e.reason)
        case .caseRecategorized(let e):
            return noted(view.t(TimelineText.corrected(e.corrects)) + view.t(TimelineText.recategorized(view.categoryName(e.category))), e.reason)
        case .orderApplied(let e):
            let counts = [(TimelineText.orderUrged, e.urged), (TimelineText.orderSentBack, e.sentBack)]
                .filter { $0.1 > 0 }.map { " · " + view.t($0.0) + "\($0.1)" }.joined()
            return view.t(TimelineText.orderApplied(e.order)) + counts + (e.flagged ? view.t(TimelineText.flaggedForTriage) : "")
        case .serviceRequestApplied(let e):
            return view.t(TimelineText.serviceRequestApplied(e.request.requestID, closed: e.request.closed))
                + (e.flagged ? view.t(TimelineText.flaggedForTriage) : "")
        case .caseEvaluated(let e):
            return view.t(TimelineText.evaluated) + view.t(Responded(e.responded)) + " · "
                + view.t(Solved(e.solved)) + " · " + view.t(e.satisfaction)
        case .caseTagged(let e): return view.t(TimelineText.tagged(view.street.themeName(e.theme)))
        case .caseUntagged(let e): return view.t(TimelineText.untagged(view.street.themeName(e.theme)))
        case .summonsUrged(let e): return noted(view.t(TimelineText.summonsUrged(e.id.raw, view.departmentName(e.department))), e.note)
        case .whistleClosed(let e): return noted(view.t(TimelineText.whistleClosed(e.id.raw)), e.note)
        case .dispatchCreated(let e):
            return view.t(TimelineText.dispatched(e.id.raw)) + view.departmentName(e.lead)
                + (e.participants.isEmpty ? "" : " + " + names(e.participants))
        case .unitStatusChanged(let e): return "\(e.id) \(view.departmentName(e.department)) \(view.t(e.status))"
        case .dispatchConcluded(let e): return "\(e.id) \(view.t(e.outcome))：\(e.findings)"
        case .findingRecorded(let e): return view.t(TimelineText.findingRecorded(e.id.raw, e.summary))
        case .handoverSigned(let e): return view.t(TimelineText.handover(to: e.to, note: e.note))
        case .handoverAcknowledged(let e): return view.t(TimelineText.handoverAcknowledged(e.id.raw))
        case .utilityRated(let e): return view.t(TimelineText.rated(view.departmentName(e.department), score: e.score))
        case .practiceStarted(let e): return view.t(TimelineText.practiceStarted(e.scenario, trainee: e.trainee))
        case .logRevealed(let e): return view.t(TimelineText.logRevealed(since: e.since, through: e.through, reason: e.reason))
        }
    }
}
