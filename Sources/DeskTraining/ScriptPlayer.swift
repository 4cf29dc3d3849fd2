import DeskCore
import Foundation

/// Plays a scenario's own lines in order: which one is due on the simulated clock, the command
/// it stands for once its `$labels` are filled in, and the labels the played lines bound. The
/// same player checks a scenario (on a state in memory) and runs it (on the practice journal).
public struct ScriptPlayer: Sendable {
    public let scenario: Scenario
    public let street: StreetProfile
    /// The index in `scenario.script` of the next line to play.
    public private(set) var next = 0
    /// Item ids by label, as the played lines created them.
    public private(set) var labels: [String: String] = [:]

    public init(scenario: Scenario, street: StreetProfile) {
        self.scenario = scenario
        self.street = street
    }

    /// The console a line's entries are recorded from: how scoring tells the scenario's entries
    /// from the trainee's.
    public static func console(_ index: Int) -> String { consolePrefix + String(index) }
    public static let consolePrefix = "scenario/"
    /// Who a line's entries are recorded as when it does not say (`by`).
    public static let defaultOperator = "练习脚本"

    /// The index of the line a console name stands for; nil for the trainee's.
    public static func index(ofConsole console: String) -> Int? {
        console.hasPrefix(consolePrefix) ? Int(console.dropFirst(consolePrefix.count)) : nil
    }

    /// The next line's index, once the simulated clock has reached its time.
    public func due(at now: Date) -> Int? {
        guard let line = scenario.script[safe: next],
              now >= scenario.start.addingTimeInterval(TimeInterval(line.offset)) else { return nil }
        return next
    }

    public func time(of index: Int) -> Date {
        scenario.start.addingTimeInterval(TimeInterval(scenario.script[index].offset))
    }

    /// The command of line `index` with its labels filled in, built as `streetdesk do` builds it.
    public func command(_ index: Int) throws(DeskError) -> DeskCommand {
        let words = ActionLine.words(scenario.script[index].line).map(fill)
        guard let name = words.first, let spec = ActionCatalog.named(name) else {
            throw .invalidValue(field: FieldLabel.action, value: words.first ?? "", expected: .paletteAction)
        }
        var arguments = ActionArguments(streetCode: street.street.code, now: time(of: index),
                                        timeZone: TimeZone(identifier: street.street.timeZone) ?? .current)
        try ActionLine.read(Array(words.dropFirst()), for: spec, into: &arguments)
        return try spec.command(arguments)
    }

    /// The `$labels` line `index` names that nothing has bound yet: an item the trainee is to
    /// create (an expectation's `as`), not yet created.
    public func unbound(_ index: Int) -> [String] {
        scenario.script[index].references.filter { labels[$0] == nil }
    }

    /// Binds labels the trainee's entries gave (`Debrief.traineeLabels`); the script's own stay.
    public mutating func bind(_ trainee: [String: String]) {
        labels.merge(trainee) { script, _ in script }
    }

    /// Line `index` was played and wrote `entries`: its label names what the first is about.
    public mutating func played(_ index: Int, _ entries: [Recorded]) {
        if let label = scenario.script[index].label, let subject = entries.first?.event.subject { labels[label] = subject }
        next = index + 1
    }

    /// Line `index` could not be played (the trainee's actions made it impossible): go on.
    public mutating func skipped(_ index: Int) { next = index + 1 }

    /// `$label` → the id it names; other words as they are.
    private func fill(_ word: String) -> String {
        guard word.hasPrefix("$") else { return word }
        return labels[String(word.dropFirst())] ?? word
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
