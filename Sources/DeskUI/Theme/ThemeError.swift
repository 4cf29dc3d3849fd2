import DeskCore

/// Why a theme could not be loaded, pointing at the file, line and key to fix.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The theme file's path, or `NAME.yaml (built-in)`.
    public var file: String
    /// 1-based, when the problem is at a place in the file.
    public var line: Int?
    /// The dotted path of the offending key, e.g. `roles.overdue.fg`.
    public var key: String?
    public var problem: Phrase

    public init(file: String, line: Int? = nil, key: String? = nil, problem: Phrase) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }

    public var description: String { message(.en) }

    /// `FILE:LINE: KEY: MESSAGE`, as compilers print it, so editors can jump there; the message
    /// in the officer's language.
    public func message(_ language: Language) -> String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { place += ": \(key)" }
        return "\(place): \(problem(language))"
    }
}
