import DeskCore
import Foundation

/// Everything that will happen to one demo case, drawn when it is taken in; turned into
/// agenda items once its id is known.
struct CaseFate {
    var returned = false
    var neglected = false
    var contactAfter = 0.0
    var routeAfter = 0.0
    var outcome = TriageOutcome.transfer
    var departments: [DepartmentID] = []
    var whistle: WhistleFate?
    var progressAfter: Double?
    var urgeAfter: Double?
    var extendAfter: Double?
    var resolveAfter: Double?
    var feedbackGap = 0.0
    var callbackGap = 0.0
    var solved = true
    var satisfaction = Satisfaction.satisfied
    var revealAfter: Double?
    var texts: [String] = []

    static func draw(_ r: inout SeededGenerator, clocks: Clocks, usual: DepartmentID, others: [DepartmentID],
                     canWhistle: Bool, unfinished: UnfinishedOdds = .demo) -> CaseFate {
        var f = CaseFate()
        let respond = clocks.respond.timeInterval
        let resolve = clocks.resolve.timeInterval
        f.returned = r.chance(0.03)
        f.neglected = r.chance(unfinished.neglected)
        f.contactAfter = respond * (r.chance(0.1) ? r.uniform(1.1...1.8) : r.uniform(0.05...0.8))
        f.routeAfter = min(f.contactAfter, respond) * r.uniform(0.1...0.9)
        let roll = r.uniform(0...1)
        let other = r.pick(others.filter { $0 != usual } + [usual])
        switch roll {
        case ..<0.55: (f.outcome, f.departments) = (.transfer, [usual])
        case ..<0.78: (f.outcome, f.departments) = (.handle, [])
        case ..<0.95: (f.outcome, f.departments) = (.coordinate, other == usual ? [usual] : [usual, other])
        default: (f.outcome, f.departments) = (.reportUp, [])
        }
        if f.outcome == .coordinate, f.departments.count < 2 { (f.outcome, f.departments) = (.transfer, [usual]) }
        if canWhistle, f.outcome == .coordinate, r.chance(0.7) { f.whistle = WhistleFate.draw(&r, f.departments) }
        if r.chance(0.3) { f.progressAfter = f.routeAfter + resolve * r.uniform(0.05...0.3) }
        let late = r.chance(0.12)
        f.resolveAfter = r.chance(unfinished.unresolved) ? nil : resolve * (late ? r.uniform(1.05...1.4) : r.uniform(0.15...0.9))
        if late { f.urgeAfter = resolve * r.uniform(0.8...0.98) }
        if late, r.chance(0.3) { f.extendAfter = resolve * r.uniform(0.5...0.9) }
        f.feedbackGap = r.uniform(600...10_800)
        f.callbackGap = r.uniform(3600...86_400)
        f.solved = r.chance(0.88)
        let mood = r.uniform(0...1)
        f.satisfaction = f.solved ? (mood < 0.75 ? .satisfied : mood < 0.95 ? .basically : .unsatisfied)
            : (mood < 0.8 ? .unsatisfied : .basically)
        if r.chance(0.05) { f.revealAfter = r.uniform(600...7200) }
        f.texts = [r.pick(DemoPhrases.contacts), r.pick(DemoPhrases.progress), r.pick(DemoPhrases.resolutions),
                   r.pick(DemoPhrases.feedback), r.pick(DemoPhrases.urges)]
        return f
    }

    /// Whether the case stays open for good: never contacted or handled, or never resolved.
    func staysOpen(hotline: Bool) -> Bool { !(returned && hotline) && (neglected || resolveAfter == nil) }

    /// The case's life after intake at `t0`. Only an order the hotline dispatched can be returned.
    func followUps(_ id: CaseID, from t0: Date, hotline: Bool) -> [AgendaItem] {
        func at(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }
        if returned, hotline {
            return [AgendaItem(at: at(routeAfter), by: nil,
                               command: .returnCase(id, rule: DemoPhrases.returnRule, reason: "非本街道职责")),
                    AgendaItem(at: at(routeAfter + 900), by: DemoStaff.supervisor, command: .approve(id))]
        }
        var items = [AgendaItem(at: at(routeAfter), by: nil,
                                command: .route(id, outcome: outcome, departments: departments, reason: nil))]
        if let whistle {
            let blowAt = at(routeAfter + 600)
            items.append(AgendaItem(at: blowAt, by: nil, command: .whistle(.init(type: whistle.type, departments: departments, caseID: id)),
                                    then: { event, when in whistle.followUps(event, from: when, closeNoEarlierThan: resolveAfter.map(at)) }))
        }
        if let revealAfter { items.append(AgendaItem(at: at(revealAfter), by: DemoStaff.supervisor, command: .revealPhone(id, reason: "回访核实"))) }
        if neglected { return items }
        items.append(AgendaItem(at: at(contactAfter), by: nil, command: .contact(id, note: texts[0])))
        if let progressAfter { items.append(AgendaItem(at: at(progressAfter), by: nil, command: .progress(id, note: texts[1]))) }
        if let urgeAfter { items.append(AgendaItem(at: at(urgeAfter), by: DemoStaff.supervisor, command: .urge(id, note: texts[4]))) }
        if let extendAfter {
            items += [AgendaItem(at: at(extendAfter), by: nil, command: .extend(id, by: .days(3), reason: "需协调多个部门，申请延期")),
                      AgendaItem(at: at(extendAfter + 600), by: DemoStaff.supervisor, command: .approve(id))]
        }
        guard let resolveAfter else { return items }
        let resolved = resolveAfter
        let fed = resolved + feedbackGap
        let called = fed + callbackGap
        items += [
            AgendaItem(at: at(resolved), by: nil, command: .resolve(id, note: texts[2])),
            AgendaItem(at: at(fed), by: nil, command: .feedback(id, note: texts[3])),
            AgendaItem(at: at(called), by: nil, command: .callback(id, solved: solved, satisfaction: satisfaction, note: "")),
        ]
        if solved {
            items.append(AgendaItem(at: at(called + 1800), by: nil, command: .close(id, note: "")))
        } else {
            items += [
                AgendaItem(at: at(called + 1800), by: DemoStaff.supervisor, command: .reopen(id, reason: "回访未解决，重新办理")),
                AgendaItem(at: at(called + 90_000), by: nil, command: .resolve(id, note: texts[2])),
                AgendaItem(at: at(called + 93_600), by: nil, command: .feedback(id, note: texts[3])),
                AgendaItem(at: at(called + 180_000), by: nil, command: .callback(id, solved: true, satisfaction: .basically, note: "")),
                AgendaItem(at: at(called + 181_800), by: nil, command: .close(id, note: "")),
            ]
        }
        return items
    }
}

/// How likely a case is never to be finished: the odds that it is neglected (never contacted
/// or handled) and, independently, that it is never resolved.
struct UnfinishedOdds {
    var neglected: Double
    var unresolved: Double

    static let demo = UnfinishedOdds(neglected: 0.05, unresolved: 0.04)
}

/// How each summoned department answers one demo whistle.
struct WhistleFate {
    var type = WhistleType.routine
    /// Per department: fraction of the report window at which it reports in (>1 is late),
    /// or nil if it refuses; then minutes to act and to finish.
    var answers: [(report: Double?, act: Double, finish: Double, reporter: String, refusal: String)] = []

    static func draw(_ r: inout SeededGenerator, _ departments: [DepartmentID]) -> WhistleFate {
        var f = WhistleFate()
        let roll = r.uniform(0...1)
        f.type = roll < 0.1 ? .emergency : roll < 0.35 ? .tough : .routine
        f.answers = departments.map { _ in
            let refuses = r.chance(0.07)
            let report: Double? = refuses ? nil : (r.chance(0.18) ? r.uniform(1.2...2.5) : r.uniform(0.1...0.9))
            return (report, r.uniform(10...90), r.uniform(60...600), r.pick(DemoPhrases.reporters), r.pick(DemoPhrases.refusals))
        }
        return f
    }

    func followUps(_ event: DeskEvent, from blownAt: Date, closeNoEarlierThan: Date?) -> [AgendaItem] {
        guard case .whistleBlown(let w) = event else { return [] }
        var items = [AgendaItem]()
        var lastDone = blownAt
        for (summons, answer) in zip(w.summons, answers) {
            let window = summons.reportBy.timeIntervalSince(blownAt)
            guard let report = answer.report else {
                items.append(AgendaItem(at: blownAt.addingTimeInterval(window * 0.8), by: nil,
                                        command: .summons(w.id, department: summons.department, to: .refused, note: answer.refusal)))
                continue
            }
            let reported = blownAt.addingTimeInterval(window * report)
            let acting = reported.addingTimeInterval(answer.act * 60)
            let done = acting.addingTimeInterval(answer.finish * 60)
            lastDone = max(lastDone, done)
            items += [
                AgendaItem(at: reported, by: nil, command: .summons(w.id, department: summons.department, to: .reportedIn, note: answer.reporter)),
                AgendaItem(at: acting, by: nil, command: .summons(w.id, department: summons.department, to: .acting, note: "")),
                AgendaItem(at: done, by: nil, command: .summons(w.id, department: summons.department, to: .done, note: "已完成处置")),
            ]
        }
        let closeAt = max(lastDone, closeNoEarlierThan ?? lastDone).addingTimeInterval(1800)
        items.append(AgendaItem(at: closeAt, by: nil, command: .closeWhistle(w.id, note: "事项办结，销哨")))
        return items
    }
}
