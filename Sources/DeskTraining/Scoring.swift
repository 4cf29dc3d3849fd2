import DeskCore
import Foundation

extension Debrief {
    /// Scores a practice journal's entries against the scenario's expected actions. Each
    /// expectation takes, in journal order, the first of the trainee's entries of its action on
    /// its item that no earlier expectation took: right and in time is met (full points), right
    /// but after the limit is late (half), another outcome or department is wrong, none is missed.
    public static func score(_ scenario: Scenario, entries: [Recorded], trainee: String) -> Debrief {
        var labels = [String: (id: String, at: Date)]()
        var traineeEntries = [(entry: Recorded, facts: EventFacts)]()
        var scripted = Set<Int>()
        for entry in entries {
            guard let facts = EventFacts(entry.event) else { continue }
            guard let index = ScriptPlayer.index(ofConsole: entry.console) else {
                traineeEntries.append((entry, facts))
                continue
            }
            // A line's first entry is what it created or acted on.
            if scripted.insert(index).inserted, let label = scenario.script[safe: index]?.label, let subject = entry.event.subject {
                labels[label] = (subject, entry.at)
            }
        }
        var used = Set<Int64>()
        var results = [Result]()
        for expectation in scenario.expect {
            let item = expectation.on.flatMap { labels[$0] }
            let anchor = (expectation.after.flatMap { labels[$0] } ?? item)?.at ?? scenario.start
            let candidates = traineeEntries.filter { candidate in
                !used.contains(candidate.entry.seq) && candidate.facts.action == expectation.action
                    && (expectation.on == nil || item.map { candidate.facts.items.contains($0.id) } == true)
            }
            let answer = candidates.first { $0.facts.isRight(for: expectation) } ?? candidates.first
            var result = Result(action: expectation.action, item: item?.id, verdict: .missed, taken: nil,
                                limit: expectation.within.seconds, points: expectation.points, earned: 0,
                                article: expectation.article, rule: Words(expectation.rule), note: Words(expectation.note),
                                outcome: expectation.outcome, department: expectation.department, seq: nil)
            if let answer {
                used.insert(answer.entry.seq)
                let taken = Int(answer.entry.at.timeIntervalSince(anchor).rounded())
                result.taken = taken
                result.seq = answer.entry.seq
                if !answer.facts.isRight(for: expectation) {
                    result.verdict = .wrong
                } else if taken <= expectation.within.seconds {
                    result.verdict = .met
                    result.earned = expectation.points
                } else {
                    result.verdict = .late
                    result.earned = expectation.points / 2
                }
                if let label = expectation.label, let subject = answer.entry.event.subject {
                    labels[label] = (subject, answer.entry.at)
                }
            }
            results.append(result)
        }
        let unexpected = traineeEntries.filter { !used.contains($0.entry.seq) }.map { entry, facts in
            Action(action: facts.action, item: entry.event.subject, seq: entry.seq,
                   at: Int(entry.at.timeIntervalSince(scenario.start).rounded()))
        }
        return Debrief(scenario: scenario.id, trainee: trainee, results: results, unexpected: unexpected)
    }

    /// The items the trainee's entries have given the expectations' `as` labels so far, matched as
    /// scoring matches them: what a later line's `$label` names (the dispatch the trainee created).
    public static func traineeLabels(_ scenario: Scenario, entries: [Recorded]) -> [String: String] {
        let debrief = score(scenario, entries: entries, trainee: "")
        let subjects = Dictionary(entries.map { ($0.seq, $0.event.subject) }) { first, _ in first }
        var labels = [String: String]()
        for (expectation, result) in zip(scenario.expect, debrief.results) {
            if let label = expectation.label, let seq = result.seq, let subject = subjects[seq] ?? nil { labels[label] = subject }
        }
        return labels
    }
}
