/// The status line's message: what just happened, or what went wrong.
public struct Status: Equatable, Sendable {
    public enum Kind: Sendable { case info, error }

    public let kind: Kind
    public let text: String

    public static func info(_ text: String) -> Status { Status(kind: .info, text: text) }
    public static func error(_ text: String) -> Status { Status(kind: .error, text: text) }
}
