import Foundation

extension DeskState {
    /// Validates `command`, asked by `operatorName`, against the state at `now` and returns the
    /// events it causes, or throws the reason it is refused. Pure: the clock is passed in and
    /// nothing is written.
    public func decide(_ command: DeskCommand, at now: Date, by operatorName: String? = nil) throws(DeskError) -> [DeskEvent] {
        if case .configure(var profile) = command {
            guard street == nil else { throw .streetAlreadyConfigured }
            profile.format = JournalFormat.current
            return [.streetConfigured(profile)]
        }
        guard let street else { throw .noStreet }
        let rules = Rules(state: self, street: street, now: now, operatorName: operatorName)
        switch command {
        case .configure: return []
        case .intake(let intake): return [try rules.intake(intake)]
        case .route(let id, let outcome, let departments, let reason):
            return [try rules.route(id, outcome, departments, reason)]
        case .contact(let id, let note): return [.caseContacted(try rules.note(.contact, id, note, requireText: false))]
        case .progress(let id, let note): return [.caseProgressed(try rules.note(.progress, id, note, requireText: true))]
        case .resolve(let id, let note): return [try rules.resolve(id, note)]
        case .findUnsolvable(let id, let reason): return [try rules.findUnsolvable(id, reason)]
        case .feedback(let id, let note): return [.caseFeedbackGiven(try rules.note(.feedback, id, note, requireText: true))]
        case .callback(let id, let solved, let satisfaction, let note):
            return [try rules.callback(id, solved, satisfaction, note)]
        case .close(let id, let note): return [try rules.close(id, note)]
        case .returnCase(let id, let rule, let reason): return [try rules.returnCase(id, rule, reason)]
        case .urge(let id, let note): return [.caseUrged(try rules.note(.urge, id, note, requireText: false))]
        case .approve(let id): return [try rules.approve(id)]
        case .reject(let id, let reason): return [try rules.reject(id, reason)]
        case .extend(let id, let span, let reason): return [try rules.extend(id, span, reason)]
        case .merge(let duplicate, let original): return [try rules.merge(duplicate, into: original)]
        case .reopen(let id, let reason): return [try rules.reopen(id, reason)]
        case .revealPhone(let id, let reason): return [try rules.revealPhone(id, reason)]
        case .recategorize(let id, let category, let reason): return [try rules.recategorize(id, category, reason)]
        case .order(let order): return try rules.order(order)
        case .serviceRequest(let request): return try rules.serviceRequest(request)
        case .evaluate(let id, let responded, let solved, let satisfaction):
            return try rules.evaluate(id, responded: responded, solved: solved, satisfaction: satisfaction)
        case .tag(let id, let theme): return [try rules.tag(id, theme)]
        case .untag(let id, let theme): return [try rules.untag(id, theme)]
        case .whistle(let blow): return [try rules.blow(blow)]
        case .summons(let id, let department, let state, let note):
            return [try rules.summons(id, department, state, note)]
        case .urgeSummons(let id, let department, let note): return [try rules.urgeSummons(id, department, note)]
        case .withdrawRefusal(let id, let department, let reason): return [try rules.withdrawRefusal(id, department, reason)]
        case .closeWhistle(let id, let note): return [try rules.closeWhistle(id, note)]
        case .dispatch(let new): return [try rules.dispatch(new)]
        case .unitStatus(let id, let department, let status): return [try rules.unitStatus(id, department, status)]
        case .conclude(let id, let outcome, let findings): return [try rules.conclude(id, outcome, findings)]
        case .patrol(let grid, let stage, let summary, let category):
            return [try rules.patrol(grid, stage, summary, category)]
        case .handover(let note, let to): return [try rules.handover(note, to)]
        case .acknowledge: return [try rules.acknowledge()]
        case .revealLog(let since, let reason): return [try rules.revealLog(since, reason)]
        case .rateUtility(let id, let score, let rater, let note): return [try rules.rate(id, score, rater, note)]
        }
    }
}

/// The rules of the desk, article by article, evaluated against one state at one moment.
struct Rules {
    let state: DeskState
    let street: Street
    let now: Date
    /// Who asks: roles decide some actions.
    let operatorName: String?

    func text(_ value: String, _ field: Phrase) throws(DeskError) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .missing(field: field) }
        return trimmed
    }

    func grid(_ code: GridCode) throws(DeskError) -> GridCode {
        guard street.grids[code] != nil else { throw .unknownGrid(code.digits) }
        return code
    }

    func department(_ id: DepartmentID) throws(DeskError) -> DepartmentID {
        guard street.departments[id] != nil else { throw .unknownDepartment(id.raw) }
        return id
    }

    func departments(_ ids: [DepartmentID]) throws(DeskError) -> [DepartmentID] {
        var seen = Set<DepartmentID>()
        for id in ids {
            _ = try department(id)
            guard seen.insert(id).inserted else { throw .duplicateDepartment(id.raw) }
        }
        return ids
    }

    func existingCase(_ id: CaseID) throws(DeskError) -> Case {
        guard let item = state.cases[id] else { throw .unknownCase(id.raw) }
        return item
    }

    /// The grid and summary of a whistle's or dispatch's matter (`action`): as given, or from
    /// its case or patrol finding.
    func matter(_ action: CaseAction, caseID: CaseID?, finding id: FindingID?, grid given: GridCode?,
                summary: String?) throws(DeskError) -> (GridCode, String) {
        let item = try caseID.map { id throws(DeskError) in try allowed(action, id) }
        let found = try id.map { id throws(DeskError) in try finding(id) }
        guard let code = given ?? item?.grid ?? found?.grid else { throw .missing(field: FieldLabel.grid) }
        return (try grid(code), try text(summary ?? item?.summary ?? found?.summary ?? "", FieldLabel.matterSummary))
    }

    func finding(_ id: FindingID) throws(DeskError) -> PatrolFinding {
        guard let finding = state.findings[id] else { throw .unknownFinding(id.raw) }
        return finding
    }
}
