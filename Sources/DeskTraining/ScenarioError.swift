import DeskCore

/// What is wrong with a scenario file, located by file, line and key, so that the trainer
/// editing it can go straight there.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// The line of the key, when the file could be read that far.
    public let line: Int?
    /// A key path such as `injects[2].do`.
    public let key: String
    public let problem: Phrase

    public init(file: String, line: Int?, key: String, problem: Phrase) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String { message(.en) }

    /// `FILE: line N (KEY): PROBLEM`, in the trainer's language.
    public func message(_ language: Language) -> String {
        let place = line.map { "line \($0) (\(key))" } ?? key
        return "\(file): \(place): \(problem(language))"
    }
}
