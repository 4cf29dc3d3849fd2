/// Why a theme could not be loaded, pointing at the file, line and key to fix.
public struct ThemeError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The theme file's path, or `NAME.yaml (built-in)`.
    public var file: String
    /// 1-based, when the problem is at a place in the file.
    public var line: Int?
    /// The dotted path of the offending key, e.g. `roles.overdue.fg`.
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    /// `FILE:LINE: KEY: MESSAGE`, as compilers print it, so editors can jump there.
    public var description: String {
        var place = file
        if let line { place += ":\(line)" }
        if let key { place += ": \(key)" }
        return "\(place): \(message)"
    }
}
