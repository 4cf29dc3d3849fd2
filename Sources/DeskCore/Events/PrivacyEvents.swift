import Foundation

/// A supervisor printed the journal's entries with complainants' numbers in full (`streetdesk log
/// --reveal`): which entries, and why. It changes no record; it is the record that they were seen.
public struct LogRevealed: Codable, Sendable, Equatable {
    /// The entries shown in full: those after `since`, through `through`.
    public var since: Int64
    public var through: Int64
    public var reason: String

    public init(since: Int64, through: Int64, reason: String) {
        self.since = since
        self.through = through
        self.reason = reason
    }

    enum CodingKeys: String, CodingKey {
        case since = "since"
        case through = "through"
        case reason = "reason"
    }
}
