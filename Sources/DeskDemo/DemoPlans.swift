import DeskCore
import Foundation

/// What the demo street's week is made of: cases, patrol findings, dispatches, whistles, ratings.
extension DemoWriter {
    mutating func caseItem(at t: Date, finding: FindingID? = nil, in grid: Grid? = nil) -> AgendaItem {
        let category = random.pick(leafCategories)
        let grid = grid ?? random.pick(street.profile.grids)
        let urgency: TimeLimitClass? = random.chance(0.04) ? .urgent : nil
        let clocks = street.profile.timeLimits[urgency ?? category.timeLimit]
        let fate = CaseFate.draw(&random, clocks: clocks, usual: category.department!, others: fieldDepartments,
                                 canWhistle: true, unfinished: unfinished)
        let roll = random.uniform(0...1)
        let type: RequestType = roll < 0.5 ? .complaint : roll < 0.7 ? .help : roll < 0.85 ? .consultation : roll < 0.95 ? .tipOff : .suggestion
        let intake = DeskCommand.Intake(
            type: type, source: finding != nil ? .patrol : random.chance(0.85) ? .hotline : random.pick([.walkIn, .media]),
            category: category.id, grid: grid.code, summary: summary(for: category, grid: grid),
            phone: finding == nil ? phone() : nil, urgency: urgency, finding: finding)
        countUnfinished(fate, hotline: intake.source == .hotline)
        let duplicateAfter: Double? = random.chance(0.04) ? random.uniform(1200...5400) : nil
        var duplicate = intake
        duplicate.summary = "（重复来电）" + intake.summary
        duplicate.phone = phone()
        return AgendaItem(at: t, by: nil, command: .intake(intake)) { event, at in
            guard case .caseTakenIn(let e) = event else { return [] }
            var items = fate.followUps(e.id, from: at, hotline: e.source == .hotline)
            if let duplicateAfter {
                items.append(AgendaItem(at: at.addingTimeInterval(duplicateAfter), by: nil, command: .intake(duplicate)) { dup, when in
                    guard case .caseTakenIn(let d) = dup else { return [] }
                    return [AgendaItem(at: when.addingTimeInterval(900), by: nil, command: .merge(d.id, into: e.id))]
                })
            }
            return items
        }
    }

    /// Art 24: a grid worker's finding; some become cases, a few call for joint enforcement.
    mutating func planPatrol(at t: Date) {
        let grid = random.pick(street.profile.grids)
        let becomesCase = random.chance(0.4)
        let needsEnforcement = !becomesCase && random.chance(0.2)
        let stage: PatrolStage = random.pick([.hazard, .problem, .need, .information])
        let command = DeskCommand.patrol(grid: grid.code, stage: stage, summary: random.pick(DemoPhrases.patrol), category: nil)
        let caseAt = t.addingTimeInterval(random.uniform(600...3600))
        // The finding's id is known only once it is recorded: plan with a placeholder, attach it then.
        let next: AgendaItem? = becomesCase ? caseItem(at: caseAt, finding: "P", in: grid)
            : needsEnforcement ? dispatchItem(at: caseAt, finding: "P") : nil
        simulation.plan([AgendaItem(at: t, by: nil, command: command) { event, _ in
            guard case .findingRecorded(let f) = event, let next else { return [] }
            return [next.attached(to: f.id)]
        }])
    }

    /// 联合执法: units move across the board, then the dispatch concludes.
    mutating func dispatchItem(at t: Date, finding: FindingID? = nil) -> AgendaItem {
        let lead = random.pick(enforcers)
        let participants = Array(Set((0..<Int(random.uniform(1...3))).map { _ in random.pick(enforcers) })).filter { $0 != lead }
            .sorted()
        let grid = random.pick(street.profile.grids)
        let steps = (lead: (random.uniform(5...20), random.uniform(20...50), random.uniform(60...200)),
                     others: participants.map { _ in (random.uniform(5...25), random.uniform(25...60), random.uniform(60...200)) })
        let outcome = random.pick(EnforcementOutcome.allCases)
        let findings = random.pick(DemoPhrases.enforcementFindings)
        let command = DeskCommand.dispatch(.init(
            summary: finding == nil ? random.pick(DemoPhrases.patrol) + "，联合执法" : nil, finding: finding,
            grid: finding == nil ? grid.code : nil, place: grid.name.prefix(2) + "路\(Int(random.uniform(1...80)))号附近",
            lead: lead, participants: participants))
        return AgendaItem(at: t, by: nil, command: command) { event, at in
            guard case .dispatchCreated(let d) = event else { return [] }
            var items = [AgendaItem]()
            var cleared = at
            for (unit, minutes) in zip([lead] + participants, [steps.lead] + steps.others) {
                let times = [minutes.0, minutes.1, minutes.2].map { at.addingTimeInterval($0 * 60) }
                cleared = max(cleared, times[2])
                for (status, time) in zip([UnitStatus.enRoute, .onScene, .cleared], times) {
                    items.append(AgendaItem(at: time, by: nil, command: .unitStatus(d.id, department: unit, status: status)))
                }
            }
            items.append(AgendaItem(at: cleared.addingTimeInterval(1200), by: nil,
                                    command: .conclude(d.id, outcome: outcome, findings: findings)))
            return items
        }
    }

    mutating func planRating(at t: Date) {
        guard !utilities.isEmpty else { return }
        let score = random.pick([5, 5, 5, 4, 4, 4, 3, 3, 2, 1])
        simulation.plan([AgendaItem(at: t, by: nil, command: .rateUtility(
            random.pick(utilities), score: score, rater: random.chance(0.8) ? .resident : .unit,
            note: random.pick(DemoPhrases.ratingNotes)))])
    }

    /// A whistle on key work or an emergency, not tied to one case (Art 5).
    mutating func planKeyWorkWhistle(at t: Date) {
        guard fieldDepartments.count >= 3 else { return }
        var departments = [DepartmentID]()
        while departments.count < 3 {
            let next = random.pick(fieldDepartments)
            if !departments.contains(next) { departments.append(next) }
        }
        let fate = WhistleFate.draw(&random, departments)
        let matter: MatterKind = fate.type == .emergency ? .emergency : .keyWork
        let command = DeskCommand.whistle(.init(
            type: fate.type, departments: departments, matter: matter, grid: random.pick(street.profile.grids).code,
            summary: random.pick(DemoPhrases.keyWork)))
        simulation.plan([AgendaItem(at: t, by: DemoStaff.supervisor, command: command) { event, at in
            fate.followUps(event, from: at, closeNoEarlierThan: nil)
        }])
    }
}

extension AgendaItem {
    /// The same plan, about the patrol finding `id`.
    func attached(to id: FindingID) -> AgendaItem {
        var command = self.command
        switch command {
        case .intake(var intake): intake.finding = id; command = .intake(intake)
        case .dispatch(var dispatch): dispatch.finding = id; command = .dispatch(dispatch)
        default: break
        }
        return AgendaItem(at: at, by: by, command: command, then: then)
    }
}
