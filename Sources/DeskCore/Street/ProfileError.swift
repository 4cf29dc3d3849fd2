/// What is wrong with a street profile, located by file and key path (or line) so that the
/// person editing it can go straight there.
public struct ProfileError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// A key path such as `grids[3].code`, or `line 12` for a YAML syntax error.
    public let location: String
    public let problem: Phrase

    public init(file: String, location: String, problem: Phrase) {
        self.file = file
        self.location = location
        self.problem = problem
    }

    public var description: String { message(.en) }

    /// `FILE: KEY PATH: PROBLEM`, in the officer's language.
    public func message(_ language: Language) -> String { "\(file): \(location): \(problem(language))" }
}
