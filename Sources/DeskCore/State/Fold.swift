import Foundation

extension DeskState {
    /// Applies one recorded event in constant time. Events were validated by `decide`
    /// before they were written; one that names an unknown subject changes nothing.
    public mutating func apply(_ r: Recorded) {
        lastSeq = r.seq
        lastAt = r.at
        switch r.event {
        case .streetConfigured(let profile):
            street = Street(profile)

        case .caseTakenIn(let e):
            cases[e.id] = Case(e, at: r.at, by: r.operatorName)
            caseOrder.append(e.id)
            if let finding = e.finding { findings[finding]?.caseID = e.id }
            cases[e.id]?.timeline.append(r)
        case .caseRouted(let e):
            updateCase(e.id, r) { $0.routing = e; $0.status = .handling }
        case .caseContacted(let e):
            updateCase(e.id, r) { $0.contactedAt = $0.contactedAt ?? r.at }
        case .caseProgressed(let e):
            updateCase(e.id, r) { _ in }
        case .caseResolved(let e):
            updateCase(e.id, r) { $0.resolvedAt = r.at; $0.status = .resolved }
        case .caseFeedbackGiven(let e):
            updateCase(e.id, r) { $0.feedbackAt = r.at }
        case .caseCalledBack(let e):
            updateCase(e.id, r) { $0.callback = e; $0.callbackAt = r.at }
        case .caseClosed(let e):
            updateCase(e.id, r) { $0.closedAt = r.at; $0.status = .closed }
        case .caseReturned(let e):
            updateCase(e.id, r) { $0.status = .returned; $0.closedAt = r.at }
        case .caseUrged(let e):
            updateCase(e.id, r) { $0.urgeCount += 1 }
        case .caseExtended(let e):
            updateCase(e.id, r) { $0.resolveBy = e.resolveBy; $0.extensionCount += 1 }
        case .caseMerged(let e):
            updateCase(e.duplicate, r) { $0.status = .merged; $0.mergedInto = e.original; $0.closedAt = r.at }
            updateCase(e.original, r) { $0.duplicates.append(e.duplicate) }
        case .caseReopened(let e):
            updateCase(e.id, r) {
                $0.status = .handling
                $0.resolveBy = e.resolveBy
                $0.resolvedAt = nil
                $0.feedbackAt = nil
                $0.closedAt = nil
                $0.reopenCount += 1
            }
        case .phoneRevealed(let e):
            updateCase(e.id, r) { _ in }

        case .whistleBlown(let e):
            whistles[e.id] = Whistle(e, at: r.at, by: r.operatorName)
            whistleOrder.append(e.id)
            whistles[e.id]?.timeline.append(r)
            if let id = e.caseID { cases[id]?.whistles.append(e.id) }
        case .summonsStep(let e):
            applySummons(e, r)
        case .whistleClosed(let e):
            guard whistles[e.id] != nil else { return }
            whistles[e.id]?.closedAt = r.at
            whistles[e.id]?.timeline.append(r)

        case .dispatchCreated(let e):
            dispatches[e.id] = Dispatch(e, at: r.at, by: r.operatorName)
            dispatchOrder.append(e.id)
            dispatches[e.id]?.timeline.append(r)
            if let id = e.caseID { cases[id]?.dispatches.append(e.id) }
        case .unitStatusChanged(let e):
            guard var dispatch = dispatches[e.id],
                let index = dispatch.units.firstIndex(where: { $0.department == e.department })
            else { return }
            dispatch.units[index].status = e.status
            dispatch.units[index].since = r.at
            dispatch.timeline.append(r)
            dispatches[e.id] = dispatch
        case .dispatchConcluded(let e):
            guard dispatches[e.id] != nil else { return }
            dispatches[e.id]?.conclusion = e
            dispatches[e.id]?.concludedAt = r.at
            dispatches[e.id]?.timeline.append(r)

        case .findingRecorded(let e):
            findings[e.id] = PatrolFinding(
                id: e.id, grid: e.grid, stage: e.stage, summary: e.summary, category: e.category,
                foundAt: r.at, foundBy: r.operatorName)
            findingOrder.append(e.id)
        case .handoverSigned(let e):
            handovers.append(Handover(id: e.id, note: e.note, from: r.operatorName, to: e.to, at: r.at))
        case .utilityRated(let e):
            ratings.append(UtilityRating(department: e.department, score: e.score, rater: e.rater, note: e.note, at: r.at))
        }
    }

    private mutating func updateCase(_ id: CaseID, _ r: Recorded, _ change: (inout Case) -> Void) {
        guard var item = cases.removeValue(forKey: id) else { return }
        change(&item)
        item.timeline.append(r)
        cases[id] = item
    }

    private mutating func applySummons(_ e: SummonsStep, _ r: Recorded) {
        guard var whistle = whistles.removeValue(forKey: e.id) else { return }
        defer { whistles[e.id] = whistle }
        guard let index = whistle.summons.firstIndex(where: { $0.department == e.department }) else { return }
        whistle.timeline.append(r)
        whistle.summons[index].state = e.state
        switch e.state {
        case .reportedIn:
            whistle.summons[index].reportedAt = r.at
            whistle.summons[index].reporter = e.note
        case .done:
            whistle.summons[index].doneAt = r.at
        case .refused:
            whistle.summons[index].refusal = e.note
            refusals.append(Refusal(whistle: e.id, department: e.department, reason: e.note, at: r.at, recordedBy: r.operatorName))
        case .summoned, .acting:
            break
        }
    }
}
