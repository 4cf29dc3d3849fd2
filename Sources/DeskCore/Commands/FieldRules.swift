import Foundation

/// Joint enforcement (Art 11(3), 26), grid patrol (Art 24), handover and utility ratings (Art 45).
extension Rules {
    func dispatch(_ d: DeskCommand.NewDispatch) throws(DeskError) -> DeskEvent {
        let lead = try department(d.lead)
        let participants = try departments(d.participants)
        if participants.contains(lead) { throw .duplicateDepartment(lead.raw) }
        let (gridCode, summary) = try matter(.dispatch, caseID: d.caseID, finding: d.finding, grid: d.grid, summary: d.summary)
        return .dispatchCreated(DispatchCreated(
            id: .numbered("D", state.counts.dispatches + 1), summary: summary,
            caseID: d.caseID, finding: d.finding, grid: gridCode, place: try text(d.place, FieldLabel.place),
            lead: lead, participants: participants, plannedAt: d.plannedAt ?? now))
    }

    /// Units only move forward: dispatched → en route → on scene → cleared.
    func unitStatus(_ id: DispatchID, _ department: DepartmentID, _ status: UnitStatus) throws(DeskError) -> DeskEvent {
        let dispatch = try openDispatch(id)
        guard let unit = dispatch.units.first(where: { $0.department == department }) else {
            _ = try self.department(department)
            throw .notOnDispatch(id, department)
        }
        guard status.rank > unit.status.rank else {
            throw .unitStatusBackwards(id, department, from: unit.status, to: status)
        }
        return .unitStatusChanged(UnitStatusChanged(id: id, department: department, status: status))
    }

    /// A dispatch concludes once every unit has cleared the scene.
    func conclude(_ id: DispatchID, _ outcome: EnforcementOutcome, _ findings: String) throws(DeskError) -> DeskEvent {
        try allow(.conclude, on: try openDispatch(id))
        return .dispatchConcluded(DispatchConcluded(id: id, outcome: outcome, findings: try text(findings, FieldLabel.enforcementFindings)))
    }

    func openDispatch(_ id: DispatchID) throws(DeskError) -> Dispatch {
        guard let dispatch = state.dispatches[id] else { throw .unknownDispatch(id.raw) }
        guard dispatch.isOpen else { throw .dispatchConcluded(id) }
        return dispatch
    }

    func patrol(_ code: GridCode, _ stage: PatrolStage, _ summary: String, _ category: CategoryID?) throws(DeskError) -> DeskEvent {
        if let category, street.categories[category] == nil { throw .unknownCategory(category.raw) }
        return .findingRecorded(FindingRecorded(
            id: .numbered("P", state.counts.findings + 1), grid: try grid(code), stage: stage,
            summary: try text(summary, FieldLabel.findingSummary), category: category))
    }

    /// 交接班: to another officer — a listed staff member, when the profile lists its staff.
    func handover(_ note: String, _ to: String) throws(DeskError) -> DeskEvent {
        let successor = try text(to, FieldLabel.successor)
        guard successor != operatorName else { throw .handoverToSelf(successor) }
        if let staff = street.profile.staff, !staff.isEmpty, !staff.contains(where: { $0.name == successor }) {
            throw .notOnStaff(successor)
        }
        return .handoverSigned(HandoverSigned(
            id: .numbered("H", state.counts.handovers + 1), note: try text(note, FieldLabel.note), to: successor))
    }

    /// The incoming officer acknowledges the latest handover, once, and only if it is theirs.
    func acknowledge() throws(DeskError) -> DeskEvent {
        guard let latest = state.handovers.last else { throw .noHandover }
        guard latest.acknowledgedAt == nil else { throw .handoverAcknowledged(latest.id) }
        guard latest.to == operatorName else { throw .handoverNotYours(latest.id, to: latest.to) }
        return .handoverAcknowledged(HandoverAcknowledged(id: latest.id))
    }

    /// Complainants' numbers in full are the supervisor's to see, with a reason, and the journal keeps that they were.
    func revealLog(_ since: Int64, _ reason: String) throws(DeskError) -> DeskEvent {
        try supervisor()
        return .logRevealed(LogRevealed(since: since, through: state.lastSeq, reason: try text(reason, FieldLabel.reason)))
    }

    /// Art 45: residents and units rate the water, power, gas, heating and telecom companies.
    func rate(_ id: DepartmentID, _ score: Int, _ rater: RaterKind, _ note: String) throws(DeskError) -> DeskEvent {
        guard street.departments[try department(id)]?.utility != nil else { throw .notUtility(id) }
        try Self.score(score)
        return .utilityRated(UtilityRated(department: id, score: score, rater: rater, note: note))
    }

    /// Art 45 ratings are 1 to 5.
    static func score(_ score: Int) throws(DeskError) {
        guard (1...5).contains(score) else { throw .invalidValue(field: FieldLabel.score, value: String(score), expected: .score) }
    }
}
