import Foundation

/// Times and countdowns as the desk writes them, for every front (screen, CLI).
public enum ClockText {
    /// `11-27 14:05` in the street's zone.
    public static func stamp(_ date: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let c = calendar.dateComponents([.month, .day, .hour, .minute], from: date)
        return String(format: "%02d-%02d %02d:%02d", c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// Time left until `deadline`, or how late: `3h20m`, `45m`, `2d4h`; overdue ones get a sign.
    public static func countdown(to deadline: Date, from now: Date) -> String {
        let seconds = Int(deadline.timeIntervalSince(now))
        return (seconds < 0 ? "-" : "") + span(abs(seconds))
    }

    /// A length of time in the two largest units.
    public static func span(_ seconds: Int) -> String {
        let minutes = seconds / 60
        if minutes < 60 { return "\(minutes)m" }
        let hours = minutes / 60
        if hours < 24 { return minutes % 60 == 0 ? "\(hours)h" : "\(hours)h\(minutes % 60)m" }
        return hours % 24 == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(hours % 24)h"
    }

    /// Reads `2026-11-27T14:00:00+08:00`, `2026-11-27 14:00` or `2026-11-27T14:00` (street time).
    /// A date that does not exist (`2026-02-30`, `25:61`) is nil, not the day it would roll over to.
    public static func parse(_ text: String, in zone: TimeZone) -> Date? {
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date }
        let parts = text.split(whereSeparator: { "-: T".contains($0) }).compactMap { Int($0) }
        guard parts.count == 5 || parts.count == 6, parts.allSatisfy({ (0...9999).contains($0) }) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let asked = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3],
                                   minute: parts[4], second: parts.count == 6 ? parts[5] : 0)
        guard let date = calendar.date(from: asked) else { return nil }
        let found = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        guard [found.year, found.month, found.day, found.hour, found.minute, found.second]
            == [asked.year, asked.month, asked.day, asked.hour, asked.minute, asked.second] else { return nil }
        return date
    }

    /// A time a person typed for `field`: `parse`d (a whole `day`, YYYY-MM-DD, when asked), then inside `TimeBounds`.
    public static func read(_ text: String, field: Phrase, in zone: TimeZone, now: Date, day: Bool = false) throws(DeskError) -> Date {
        let parsed = day ? (text.split(separator: "-").count == 3 ? parse(text + " 00:00", in: zone) : nil) : parse(text, in: zone)
        guard let date = parsed else {
            throw .invalidValue(field: field, value: text, expected: .formats(day ? ["YYYY-MM-DD"] : ["YYYY-MM-DD HH:mm", "ISO 8601"]))
        }
        return try TimeBounds.check(date, field: field, text: text, now: now)
    }
}
