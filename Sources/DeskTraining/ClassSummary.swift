import DeskCore

/// Several trainees' runs of one scenario side by side: a row per run (score, how many expected
/// actions were met, late, wrong and missed, the median time taken) and a row per expected action
/// (who met it, the median time, who did not), so the trainer sees what the class has not learned.
/// Built from the practice journals alone, each scored as `train --score` scores it.
public struct ClassSummary: Sendable, Equatable, Codable {
    public var scenario: String
    public var trainees: [Trainee]
    public var actions: [ActionRow]

    /// One run: a trainee's practice journal.
    public struct Trainee: Sendable, Equatable, Codable {
        public var trainee: String
        public var journal: String
        public var score: Int
        public var met: Int
        public var late: Int
        public var wrong: Int
        public var missed: Int
        /// The median seconds taken over the expected actions done right (met or late).
        public var medianTaken: Int?
    }

    /// One expected action across the class.
    public struct ActionRow: Sendable, Equatable, Codable {
        public var action: String
        /// The label of the item it is on, as the scenario names it.
        public var on: String?
        public var article: Int?
        public var rule: Debrief.Words?
        /// Trainees by verdict.
        public var met: [String]
        public var late: [String]
        public var wrong: [String]
        public var missed: [String]
        /// The median seconds taken by those who did it right (met or late).
        public var medianTaken: Int?
    }

    /// Summarizes `runs`, which must all be of one scenario, played from the same text.
    public static func make(_ runs: [ClassRun]) throws(ClassRefusal) -> (scenario: Scenario, summary: ClassSummary) {
        guard let first = runs.first else { throw .noJournals }
        let byScenario = Dictionary(grouping: runs, by: \.mark.scenario)
        guard byScenario.count == 1 else { throw .mixed(byScenario.mapValues { $0.map(\.journal) }) }
        let edited = runs.filter { $0.mark.text != first.mark.text }
        guard edited.isEmpty else { throw .edited(first.mark.scenario, first.journal, edited.map(\.journal)) }
        let scenario: Scenario
        do { scenario = try PracticeJournal.scenario(first.mark) } catch { throw .unreadable(error) }
        let scored = runs.map { ($0.journal, Debrief.score(scenario, entries: $0.entries, trainee: $0.mark.trainee)) }
            .sorted { ($1.1.score, $0.1.trainee, $0.0) < ($0.1.score, $1.1.trainee, $1.0) }
        let trainees = scored.map { journal, debrief in
            Trainee(trainee: debrief.trainee, journal: journal, score: debrief.score,
                    met: debrief.count(.met), late: debrief.count(.late), wrong: debrief.count(.wrong), missed: debrief.count(.missed),
                    medianTaken: median(debrief.results.filter(\.isRight).compactMap(\.taken)))
        }
        let actions = scenario.expect.indices.map { index in
            let expectation = scenario.expect[index]
            let results = scored.map { (trainee: $0.1.trainee, result: $0.1.results[index]) }
            func who(_ verdict: Debrief.Verdict) -> [String] { results.filter { $0.result.verdict == verdict }.map(\.trainee) }
            return ActionRow(action: expectation.action, on: expectation.on, article: expectation.article, rule: Debrief.Words(expectation.rule),
                             met: who(.met), late: who(.late), wrong: who(.wrong), missed: who(.missed),
                             medianTaken: median(results.map(\.result).filter(\.isRight).compactMap(\.taken)))
        }
        return (scenario, ClassSummary(scenario: scenario.id, trainees: trainees, actions: actions))
    }

    /// The middle value (the lower of the two middle ones for an even count); nil for none.
    static func median(_ values: [Int]) -> Int? {
        values.isEmpty ? nil : values.sorted()[(values.count - 1) / 2]
    }
}

/// One trainee's practice journal as read: where it is, its training mark and its entries.
public struct ClassRun: Sendable {
    public var journal: String
    public var mark: PracticeStarted
    public var entries: [Recorded]

    public init(journal: String, mark: PracticeStarted, entries: [Recorded]) {
        self.journal = journal
        self.mark = mark
        self.entries = entries
    }
}

/// Why journals cannot be summarized as one class.
public enum ClassRefusal: Error, Sendable, Equatable {
    case noJournals
    /// Journals of several scenarios: each scenario's journals.
    case mixed([String: [String]])
    /// The same scenario played from different texts (a file edited between runs).
    case edited(String, String, [String])
    case unreadable(ScenarioError)

    public func message(_ language: Language, folder: String) -> String {
        switch self {
        case .noJournals: ClassText.noJournals(folder)(language)
        case .mixed(let groups):
            ClassText.mixed(groups.keys.sorted().map { ClassText.scenarioJournals($0, groups[$0]!)(language) })(language)
        case .edited(let scenario, let first, let others): ClassText.edited(scenario, first, others)(language)
        case .unreadable(let error): error.message(language)
        }
    }
}

extension Debrief {
    func count(_ verdict: Verdict) -> Int { results.count { $0.verdict == verdict } }
}

extension Debrief.Result {
    /// Done with what was asked, in time or not.
    var isRight: Bool { verdict == .met || verdict == .late }
}
