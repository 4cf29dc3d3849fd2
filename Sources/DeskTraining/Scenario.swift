import DeskCore
import Foundation

/// A training exercise (a master scenario events list): the street it plays on, when it starts,
/// what is open at the start, the timed injects that arrive, and the actions the trainee is
/// expected to take, each with its article and points. The format is `docs/scenarios.md`.
public struct Scenario: Sendable, Equatable {
    /// The version of the file format this reader knows.
    public static let format = 1

    public var format: Int
    public var id: String
    public var title: Phrase
    public var level: Level
    /// The regulation's articles the exercise trains.
    public var articles: [Int]
    public var summary: Phrase
    /// `demo` (the default) or a profile file, relative to the scenario file.
    public var profile: String?
    public var start: Date
    public var length: TimeSpan
    /// The trainee's role on the street's staff list; a supervisor may urge and decide requests.
    public var role: StaffRole?
    /// Played at the start time, before the desk opens: the start state.
    public var setup: [ScriptLine]
    public var injects: [ScriptLine]
    public var expect: [Expectation]

    public enum Level: String, Sendable, Codable, CaseIterable, Labelled {
        case basic, intermediate, advanced

        public var label: Phrase {
            switch self {
            case .basic: Phrase("初级", "basic")
            case .intermediate: Phrase("中级", "intermediate")
            case .advanced: Phrase("高级", "advanced")
            }
        }
    }

    /// The end of the exercise on the simulated clock.
    public var end: Date { start.addingTimeInterval(TimeInterval(length.seconds)) }

    /// The setup lines then the injects, in the order they are played: a line's index here is
    /// the one its entries' console names (`scenario/3`).
    public var script: [ScriptLine] { setup + injects }
}

/// One thing the scenario does itself, as another console would: a `streetdesk do` line.
public struct ScriptLine: Sendable, Equatable {
    /// After the start; nil for the setup, played at the start.
    public var at: TimeSpan?
    /// The operator recorded on its entries (the hotline, a grid worker, a department).
    public var by: String?
    /// An action line of the desk's vocabulary; `$label` stands for an item named earlier.
    public var line: String
    /// Names the item the line creates, for later lines and expectations.
    public var label: String?
    public var place = Place()

    public var offset: Int { at?.seconds ?? 0 }

    /// The labels the line names (`$vendors`), in order.
    public var references: [String] {
        ActionLine.words(line).filter { $0.hasPrefix("$") }.map { String($0.dropFirst()) }
    }
}

/// Where an item stands in its file: its key path and the line of each of its keys, for errors
/// found after reading (a department the street does not have).
public struct Place: Sendable, Equatable {
    public var file = ""
    public var path = ""
    public var lines: [String: Int] = [:]

    func fail(_ key: String, _ problem: Phrase) -> ScenarioError {
        ScenarioError(file: file, line: lines[key], key: path + "." + key, problem: problem)
    }
}

/// An action the trainee is expected to take (an evaluation guide's line).
public struct Expectation: Sendable, Equatable {
    /// The action's palette and CLI name.
    public var action: String
    /// The label of the item it acts on (or is about: a whistle or dispatch on a case).
    public var on: String?
    /// How long the trainee has, from the item's arrival (or `after`'s).
    public var within: TimeSpan
    /// The label whose arrival starts the clock, when not `on`'s.
    public var after: String?
    /// A value the action must carry: a triage outcome, a whistle type, a unit status…
    public var outcome: String?
    /// A department the action must name.
    public var department: String?
    public var article: Int?
    /// The rule it comes from, when not an article of the regulation.
    public var rule: Phrase?
    public var points: Int
    /// Names the item the matched entry is about (a dispatch the trainee created), for later lines.
    public var label: String?
    public var note: Phrase?
    public var place = Place()
}

extension Scenario {
    /// The street as the practice journal records it: the trainee on its staff list in the
    /// scenario's role, when it names one.
    public func street(_ profile: StreetProfile, trainee: String) -> StreetProfile {
        guard let role else { return profile }
        var street = profile
        street.staff = (street.staff ?? []).filter { $0.name != trainee } + [StaffMember(name: trainee, role: role)]
        return street
    }
}
