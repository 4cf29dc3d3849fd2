import DeskCore
import Foundation

extension Scenario {
    /// Checks the scenario against its street before any desk opens: its own lines are played in
    /// order on the street in memory, by the core's rules (an unknown grid, category or department
    /// is refused there, in the core's words), and each expectation names an action the desk has,
    /// a label given before it, a department of the street and a value the action can carry. A line
    /// about an item the trainee creates (an expectation's `as`) cannot be played without the
    /// trainee: its label is checked, and the line is left to the run.
    public func check(against street: StreetProfile, language: Language) throws(ScenarioError) {
        var player = ScriptPlayer(scenario: self, street: street)
        var state = DeskState()
        state.apply(Recorded(seq: 1, at: start, operatorName: "", console: "", event: .streetConfigured(street)))
        var previous = 0
        // Labels the script binds as it plays; labels of items the trainee is to create, or a line about one creates.
        var scriptItems = Set<String>()
        var traineeItems = Set(expect.compactMap(\.label))
        for (index, line) in script.enumerated() {
            if line.offset < previous { throw line.place.fail("at", ScenarioText.outOfOrder) }
            if line.offset > length.seconds { throw line.place.fail("at", ScenarioText.afterTheEnd(length.description)) }
            previous = line.offset
            if let unknown = line.references.first(where: { !scriptItems.contains($0) && !traineeItems.contains($0) }) {
                throw line.place.fail("do", ScenarioText.unknownLabel(unknown))
            }
            if line.references.contains(where: { !scriptItems.contains($0) }) {
                if let label = line.label { traineeItems.insert(label) }
                player.skipped(index)
                continue
            }
            let at = player.time(of: index)
            do {
                let command = try player.command(index)
                let events = try state.decide(command, at: at, by: line.by ?? ScriptPlayer.defaultOperator)
                let written = events.enumerated().map { n, event in
                    Recorded(seq: state.lastSeq + 1 + Int64(n), at: at, operatorName: "", console: "", event: event)
                }
                written.forEach { state.apply($0) }
                player.played(index, written)
                if let label = line.label { scriptItems.insert(label) }
            } catch {
                throw line.place.fail("do", ScenarioText.refused(error.message(language, naming: state.street)))
            }
        }
        var labels = Set(script.compactMap(\.label))
        for expectation in expect {
            try expectation.check(labels: labels, street: street)
            if let label = expectation.label { labels.insert(label) }
        }
    }
}

extension Expectation {
    func check(labels: Set<String>, street: StreetProfile) throws(ScenarioError) {
        guard let spec = ActionCatalog.named(action) else {
            throw place.fail("action", ScenarioText.unknownAction(action))
        }
        for label in [on, after].compactMap({ $0 }) where !labels.contains(label) {
            throw place.fail(on == label ? "on" : "after", ScenarioText.unknownLabel(label))
        }
        if let department, !street.departments.contains(where: { $0.id.raw == department }) {
            throw place.fail("department", ScenarioText.unknownDepartment(department))
        }
        let values = spec.parameters.flatMap { parameter -> [String] in
            if case .choice(let choices) = parameter.kind { return choices.map(\.value) }
            return []
        }
        if let outcome, !values.contains(outcome) {
            throw place.fail("outcome", ScenarioText.notOneOf(outcome, values))
        }
        if points < 0 { throw place.fail("points", ScenarioText.negativePoints) }
    }
}
