import DeskCore
import Foundation

/// One entry as stored: its place in the chain, who wrote it from where, and what happened.
public struct JournalEntry: Sendable, Equatable {
    /// 1, 2, 3 … with no gaps.
    public let seq: Int64
    /// The instant, at millisecond precision; exactly the instant `atText` names.
    public let at: Date
    /// ISO 8601 with milliseconds and zone offset, e.g. `2026-11-27T13:34:00.123+08:00`. This text, not `at`, is hashed.
    public let atText: String
    public let operatorName: String
    public let console: String
    /// What happened, e.g. `case.intake`.
    public let kind: String
    /// JSON text as the caller gave it (canonical: sorted keys).
    public let payload: String
    /// Lowercase hex `hash` of the entry before; 64 zeros for entry 1.
    public let previousHash: String
    /// Lowercase hex SHA-256 over `previousHash` and this entry's fields; the encoding is documented on `ChainHash`.
    public let hash: String
}

/// An entry to append; the journal gives it its seq, time text and hashes.
public struct NewEntry: Sendable {
    /// Rounded to the millisecond when written.
    public var at: Date
    public var operatorName: String
    public var console: String
    public var kind: String
    /// Valid JSON text, already canonical (sorted keys): it is hashed as given.
    public var payload: String

    public init(at: Date, operatorName: String, console: String, kind: String, payload: String) {
        self.at = at
        self.operatorName = operatorName
        self.console = console
        self.kind = kind
        self.payload = payload
    }
}

/// The outcome of recomputing the chain.
public enum VerifyResult: Sendable, Equatable {
    /// Every entry from 1 to `count` links and hashes correctly.
    case intact(count: Int64)
    /// The first entry that is missing, misplaced, or does not match its hash or link, or whose time is malformed.
    case broken(JournalDamage)
}
