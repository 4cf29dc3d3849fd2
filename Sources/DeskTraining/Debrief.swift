import DeskCore
import Foundation

/// The after-action report of one practice run: each expected action judged, what the trainee
/// did that the scenario did not expect, and the score. Built from the practice journal alone.
public struct Debrief: Sendable, Equatable, Codable {
    public var scenario: String
    public var trainee: String
    public var results: [Result]
    public var unexpected: [Action]
    public var earned: Int
    public var possible: Int

    /// Percent of the points, rounded down; 100 when the scenario gives none.
    public var score: Int { possible == 0 ? 100 : earned * 100 / possible }

    public enum Verdict: String, Sendable, Codable, CaseIterable, Labelled {
        case met, late, wrong, missed

        public var label: Phrase {
            switch self {
            case .met: Phrase("达标", "met")
            case .late: Phrase("超时", "late")
            case .wrong: Phrase("做错", "wrong")
            case .missed: Phrase("未做", "missed")
            }
        }
    }

    /// One expected action, judged.
    public struct Result: Sendable, Equatable, Codable {
        public var action: String
        /// The item's id in this journal, when it came to exist.
        public var item: String?
        public var verdict: Verdict
        /// Seconds from the item's arrival to the entry that answered it.
        public var taken: Int?
        public var limit: Int
        public var points: Int
        public var earned: Int
        public var article: Int?
        public var rule: Words?
        public var note: Words?
        /// What was asked: the outcome and department, as the scenario wrote them.
        public var outcome: String?
        public var department: String?
        /// The journal entry that answered it.
        public var seq: Int64?

        enum CodingKeys: String, CodingKey {
            case action, item, verdict, taken, limit, points, earned, article, rule, note, outcome, department, seq
        }
    }

    /// A phrase as the JSON debrief carries it.
    public struct Words: Sendable, Equatable, Codable {
        public var zh: String
        public var en: String

        init?(_ phrase: Phrase?) {
            guard let phrase else { return nil }
            zh = phrase.zh
            en = phrase.en
        }

        public var phrase: Phrase { Phrase(zh, en) }
    }

    /// An entry of the trainee's that no expectation asked for.
    public struct Action: Sendable, Equatable, Codable {
        public var action: String
        public var item: String?
        public var seq: Int64
        /// Seconds after the start.
        public var at: Int
    }

    enum CodingKeys: String, CodingKey {
        case scenario, trainee, results, unexpected, earned, possible, score
    }

    public init(scenario: String, trainee: String, results: [Result], unexpected: [Action]) {
        self.scenario = scenario
        self.trainee = trainee
        self.results = results
        self.unexpected = unexpected
        earned = results.map(\.earned).reduce(0, +)
        possible = results.map(\.points).reduce(0, +)
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(scenario: try c.decode(String.self, forKey: .scenario), trainee: try c.decode(String.self, forKey: .trainee),
                  results: try c.decode([Result].self, forKey: .results), unexpected: try c.decode([Action].self, forKey: .unexpected))
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(scenario, forKey: .scenario)
        try c.encode(trainee, forKey: .trainee)
        try c.encode(results, forKey: .results)
        try c.encode(unexpected, forKey: .unexpected)
        try c.encode(earned, forKey: .earned)
        try c.encode(possible, forKey: .possible)
        try c.encode(score, forKey: .score)
    }
}
