import Foundation

/// A length of time as officers write it in profiles and on the command line: `30m`, `2h`, `7d`.
public struct TimeSpan: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let seconds: Int

    public init(seconds: Int) { self.seconds = seconds }
    public static func minutes(_ n: Int) -> TimeSpan { TimeSpan(seconds: n * 60) }
    public static func hours(_ n: Int) -> TimeSpan { TimeSpan(seconds: n * 3600) }
    public static func days(_ n: Int) -> TimeSpan { TimeSpan(seconds: n * 86400) }

    /// The longest span the desk takes anywhere (a time limit, an extension, a report-by time):
    /// ten years. Longer is a typing slip, and deadlines stay within the dates the journal writes.
    public static let maximum = TimeSpan.days(3650)

    /// What a span is written as, for messages: `a span such as 30m, 4h or 3d, at most 3650d`.
    public static let expected = "a span such as 30m, 4h or 3d, at most \(maximum)"

    /// Parses `<number><unit>` with unit m, h or d; nil when malformed, not positive or longer than `maximum`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let unit = trimmed.last, let count = Int(trimmed.dropLast()), count > 0 else { return nil }
        let unitSeconds = switch unit {
        case "m": 60
        case "h": 3600
        case "d": 86400
        default: 0
        }
        guard unitSeconds > 0, count <= Self.maximum.seconds / unitSeconds else { return nil }
        seconds = count * unitSeconds
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let span = TimeSpan(parsing: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not \(Self.expected)")
        }
        self = span
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var timeInterval: TimeInterval { TimeInterval(seconds) }

    /// The largest whole unit: 90m stays 90m, 120m is 2h, 48h is 2d.
    public var description: String {
        if seconds % 86400 == 0 { return "\(seconds / 86400)d" }
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        return "\(seconds / 60)m"
    }

    public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.seconds < rhs.seconds }
}

extension Date {
    public static func + (date: Date, span: TimeSpan) -> Date { date.addingTimeInterval(span.timeInterval) }
}

extension Date {
    /// The journal keeps milliseconds: deciding with a rounded clock makes the live state and
    /// a replay of the journal agree to the last digit.
    public var roundedToMilliseconds: Date {
        Timestamp.date(milliseconds: Timestamp.milliseconds(self))
    }
}
