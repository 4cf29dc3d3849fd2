import DeskCore
import DeskDemo
import DeskTraining
import Foundation

/// A scenario to play or check: a built-in one by name, or a file; with its street, checked.
struct ScenarioSource {
    let scenario: Scenario
    let text: String
    let profile: StreetProfile

    /// Reads and checks `name` (a built-in scenario or a file path) and the street it plays on.
    static func load(_ name: String, _ language: Language) throws -> ScenarioSource {
        let text: String
        let file: String
        if let builtin = BuiltinScenarios.text(name) {
            (text, file) = (builtin, name + ".yaml")
        } else {
            file = Paths.expand(name)
            guard let read = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw Failure(DebriefText.cannotReadScenario(file, builtins: BuiltinScenarios.names)(language), code: 2)
            }
            text = read
        }
        do {
            let scenario = try Scenario.parse(yaml: text, file: file)
            let profile = try street(scenario, file: file, language)
            try scenario.check(against: profile, language: language)
            return ScenarioSource(scenario: scenario, text: text, profile: profile)
        } catch let error as ScenarioError {
            throw Failure(error.message(language), code: 2)
        }
    }

    /// The demo street, or a profile file named relative to the scenario's.
    private static func street(_ scenario: Scenario, file: String, _ language: Language) throws -> StreetProfile {
        guard let name = scenario.profile, name != "demo" else {
            do { return try DemoProfile.load() } catch { throw Failure(error.message(language), code: 2) }
        }
        let path = name.hasPrefix("/") ? name : URL(fileURLWithPath: file).deletingLastPathComponent().appendingPathComponent(name).path
        return try JournalSetup.loadProfile(path, language)
    }
}
