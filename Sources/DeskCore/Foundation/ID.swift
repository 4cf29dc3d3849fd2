/// A typed identifier: `ID<Case>` and `ID<Whistle>` cannot be mixed up, yet both are
/// plain strings in the journal and on the command line (e.g. `C0042`, `W007`).
public struct ID<Subject>: Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
    ExpressibleByStringLiteral
{
    public let raw: String

    public init(_ raw: String) { self.raw = raw }
    public init(stringLiteral value: String) { self.raw = value }
    public init(from decoder: Decoder) throws { raw = try decoder.singleValueContainer().decode(String.self) }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(raw)
    }

    public var description: String { raw }

    /// Numbered ids sort by number (C9 before C10), not as text.
    public static func < (lhs: ID, rhs: ID) -> Bool {
        lhs.raw.count != rhs.raw.count ? lhs.raw.count < rhs.raw.count : lhs.raw < rhs.raw
    }

    /// `prefix` followed by `number`, zero-padded to four digits: `ID<Case>.numbered("C", 42)` is C0042.
    public static func numbered(_ prefix: String, _ number: Int) -> ID {
        let digits = String(number)
        return ID(prefix + String(repeating: "0", count: max(0, 4 - digits.count)) + digits)
    }
}
