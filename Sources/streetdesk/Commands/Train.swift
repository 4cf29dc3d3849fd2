import ArgumentParser
import DeskCore
import DeskJournal
import DeskTraining
import Foundation

/// `streetdesk train`: a scenario on a practice journal, with a simulated clock and a debrief.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Training: play a scenario on a fresh practice journal; list, check or score scenarios.",
        discussion: "SCENARIO is a built-in name (see --list) or a scenario file (docs/scenarios.md).")

    @Argument(help: "The scenario to play: a built-in name or a file.")
    var scenario: String?

    @OptionGroup var practice: PracticeOptions

    @Flag(help: "List the built-in scenarios.")
    var list = false

    @Option(help: "Check a scenario file against its street, naming the line and key of a problem.")
    var check: String?

    @Option(help: "Print the debrief of a practice journal (a copy scores the same).")
    var score: String?

    @Option(name: .customLong("class"), help: "Summarize the practice journals of one scenario under a folder: per trainee and per expected action.")
    var classFolder: String?

    @Flag(help: "The debrief or the class summary as JSON.")
    var json = false

    var language: Language { practice.language }

    func run() throws {
        try reporting {
            if list { return printList() }
            if let check {
                let source = try ScenarioSource.load(check, language)
                let counts = (source.scenario.script.count, source.scenario.expect.count)
                return Output.say(DebriefText.checked(check, injects: counts.0, expected: counts.1)(language))
            }
            if let score { return try printScore(Paths.expand(score)) }
            if let classFolder {
                let folder = Paths.expand(classFolder).replacingOccurrences(of: "/+$", with: "", options: .regularExpression)
                let summary = try PracticeClass.summary(folder, json: json, language)
                return json ? Output.json(summary) : Output.say(summary)
            }
            guard let scenario else { throw Failure(DebriefText.giveAScenario(language), code: 2) }
            try play(scenario)
        }
    }

    private func printList() {
        Output.say(DebriefText.listColumns(language))
        for name in BuiltinScenarios.names {
            guard let scenario = try? BuiltinScenarios.load(name) else { continue }
            let articles = scenario.articles.map(String.init).joined(separator: ",")
            Output.say("\(name)\t\(scenario.level.label(language))\t\(scenario.length)\t\(articles)\t\(scenario.title(language))")
        }
    }

    private var desk: PracticeDesk { practice.desk(json: json) }

    private func printScore(_ path: String) throws {
        let options = try practice.journalOptions(path)
        let journal = try options.openJournal(practice: true)
        guard let mark = try options.reading({ try journal.practiceMark() }) else {
            throw Failure(DebriefText.notAPracticeJournal(path)(language), code: 2)
        }
        desk.say(try desk.debrief(journal, mark))
    }

    private func play(_ name: String) throws {
        let source = try ScenarioSource.load(name, language)
        let (who, speed) = (practice.traineeName, try practice.checkedSpeed())
        let path = practice.practicePath(source.scenario.id)
        try desk.play(try PracticeRun(source, trainee: who, speed: speed, path: path, language: language), path: path, trainee: who)
    }

    /// A debrief or class summary as JSON: keys sorted, indented.
    static func jsonText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
