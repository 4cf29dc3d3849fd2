import Foundation

/// 街乡吹哨、部门报到 (Art 5, 44): the whistle commands.
extension Rules {
    func blow(_ b: DeskCommand.Blow) throws(DeskError) -> DeskEvent {
        guard !b.departments.isEmpty else { throw .missing(field: FieldLabel.department) }
        let summoned = try departments(b.departments)
        let (gridCode, summary) = try matter(.whistle, caseID: b.caseID, finding: b.finding, grid: b.grid, summary: b.summary)
        let reportBy = now + b.type.reportWithin(street.profile.whistleReportBy)
        let matter = b.matter ?? (b.caseID != nil ? .complaint : b.type == .emergency ? .emergency : .keyWork)
        return .whistleBlown(WhistleBlown(
            id: .numbered("W", state.counts.whistles + 1), type: b.type, matter: matter,
            caseID: b.caseID, finding: b.finding, grid: gridCode, summary: summary,
            summons: summoned.map { .init(department: $0, reportBy: reportBy) }))
    }

    /// summoned → reported in → acting → done; refusal only before the work is done.
    func summons(_ id: WhistleID, _ department: DepartmentID, _ next: SummonsState, _ note: String) throws(DeskError) -> DeskEvent {
        let whistle = try openWhistle(id)
        guard let summons = whistle.summons(of: department) else {
            _ = try self.department(department)
            throw .notSummoned(id, department)
        }
        guard next.follows(summons.state) else { throw .summonsStep(id, department, from: summons.state, to: next) }
        let text = next == .refused ? try text(note, FieldLabel.reason) : note
        return .summonsStep(SummonsStep(id: id, department: department, state: next, note: text))
    }

    /// 督办 on a department late to report in.
    func urgeSummons(_ id: WhistleID, _ department: DepartmentID, _ note: String) throws(DeskError) -> DeskEvent {
        let whistle = try openWhistle(id)
        try allow(.urge, on: whistle)
        guard let summons = whistle.summons(of: department) else {
            _ = try self.department(department)
            throw .notSummoned(id, department)
        }
        guard isLate(summons) else { throw .notLate(id, department) }
        return .summonsUrged(SummonsUrged(id: id, department: department, note: note))
    }

    /// A correction: the refusal recorded against `department` is withdrawn, naming its entry.
    func withdrawRefusal(_ id: WhistleID, _ department: DepartmentID, _ reason: String) throws(DeskError) -> DeskEvent {
        let whistle = try openWhistle(id)
        try allow(.withdrawRefusal, on: whistle)
        guard let summons = whistle.summons(of: department), summons.state == .refused, let seq = summons.refusalSeq else {
            _ = try self.department(department)
            throw .noRefusal(id, department)
        }
        return .refusalWithdrawn(RefusalWithdrawn(id: id, department: department, corrects: seq, reason: try text(reason, FieldLabel.reason)))
    }

    /// 事不完，人不撤: every department that answered is done, and the case, if any, resolved.
    func closeWhistle(_ id: WhistleID, _ note: String) throws(DeskError) -> DeskEvent {
        try allow(.close, on: try openWhistle(id))
        return .whistleClosed(WhistleClosed(id: id, note: note))
    }

    func openWhistle(_ id: WhistleID) throws(DeskError) -> Whistle {
        guard let whistle = state.whistles[id] else { throw .unknownWhistle(id.raw) }
        guard whistle.isOpen else { throw .whistleClosed(id) }
        return whistle
    }
}
