import Foundation

/// The times the desk takes from people (`--at`, `--as-of`, `--date`): from 2000 to ten years
/// after now. Earlier predates any desk journal, later is a typing slip, and both bounds keep
/// every time the desk computes from them inside what the journal can write.
public enum TimeBounds {
    /// 2000-01-01T00:00:00Z.
    public static let earliest = Date(timeIntervalSince1970: 946_684_800)

    public static func accepted(now: Date) -> ClosedRange<Date> { earliest...(now + TimeSpan.maximum) }

    /// `date` when it lies in `accepted(now:)`; else `.outOfRange` naming the field, the text and the range.
    public static func check(_ date: Date, field: Phrase, text: String, now: Date) throws(DeskError) -> Date {
        let range = accepted(now: now)
        guard range.contains(date) else {
            let (from, to) = (Timestamp.format(range.lowerBound).prefix(10), Timestamp.format(range.upperBound).prefix(10))
            throw .outOfRange(field: field, value: text, allowed: "\(from) – \(to)")
        }
        return date
    }
}
