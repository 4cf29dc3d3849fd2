import Foundation

/// A street day: days since 1970-01-01 counted in the street's own time zone. Every per-day
/// figure (the three rates, the day's counts) is kept under this number.
public typealias StreetDay = Int32

/// Turns instants into street days and back. Beijing has kept one offset since 1991, so for
/// such zones the offset is taken once instead of asking the time zone database per event.
public struct StreetCalendar: Sendable, Equatable {
    /// Beijing time. China has kept +08:00 without daylight saving since 1991, so the fixed
    /// offset is an exact stand-in where the time zone database is missing.
    public static let beijing = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600)!

    public let timeZone: TimeZone
    /// The zone's offset in seconds when it has had no transition since 2000; nil otherwise.
    private let fixedOffset: Int?
    private static let fixedSince = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        let steady = timeZone.nextDaylightSavingTimeTransition(after: Self.fixedSince) == nil
        fixedOffset = steady ? timeZone.secondsFromGMT(for: Self.fixedSince) : nil
    }

    private func offset(_ date: Date) -> Int {
        if let fixedOffset, date >= Self.fixedSince { return fixedOffset }
        return timeZone.secondsFromGMT(for: date)
    }

    public func day(_ date: Date) -> StreetDay {
        let local = date.timeIntervalSince1970 + Double(offset(date))
        return StreetDay(clamping: Int((local / 86_400).rounded(.down)))
    }

    /// The instant street day `day` begins.
    public func start(of day: StreetDay) -> Date {
        let guess = Date(timeIntervalSince1970: Double(day) * 86_400)
        return guess.addingTimeInterval(-Double(offset(guess)))
    }

    /// The street days a range of instants touches: a day counts whole once any of it is in range.
    public func days(_ range: Range<Date>) -> ClosedRange<StreetDay>? {
        guard !range.isEmpty else { return nil }
        return day(range.lowerBound)...day(range.upperBound.addingTimeInterval(-0.000_5))
    }
}
