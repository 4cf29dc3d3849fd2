import Foundation

/// The period a report covers: a day, an ISO week, a calendar month or a run of days, in street
/// days (`StreetDay`, days since 1970-01-01 in the street's time zone). `streetdesk report` and
/// the Departments board's period picker both read their figures over one.
public struct ReportPeriod: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case day, week, month, range }

    public let kind: Kind
    public let days: ClosedRange<StreetDay>

    public init(kind: Kind, days: ClosedRange<StreetDay>) {
        self.kind = kind
        self.days = days
    }

    /// The ISO week (Monday to Sunday) `day` falls in.
    public static func week(containing day: StreetDay) -> ReportPeriod {
        let monday = day - StreetDay(CivilDate.isoWeekday(day) - 1)
        return ReportPeriod(kind: .week, days: monday...monday + 6)
    }

    /// The calendar month `day` falls in.
    public static func month(containing day: StreetDay) -> ReportPeriod {
        let date = CivilDate(day)
        return month(from: CivilDate(year: date.year, month: date.month, day: 1).streetDay)
    }

    /// The period before, of the same kind: the day before, the week before, the month before,
    /// or as many days just before a range.
    public var previous: ReportPeriod {
        switch kind {
        case .day, .week, .range:
            let length = days.upperBound - days.lowerBound + 1
            return ReportPeriod(kind: kind, days: days.lowerBound - length...days.upperBound - length)
        case .month:
            let first = CivilDate(days.lowerBound)
            let start = first.month == 1 ? CivilDate(year: first.year - 1, month: 12, day: 1) : CivilDate(year: first.year, month: first.month - 1, day: 1)
            return ReportPeriod(kind: .month, days: start.streetDay...days.lowerBound - 1)
        }
    }

    /// `2026-11`, `2026-W48 (11-23 – 11-29)`, `2026-11-27`, `2026-11-01 – 11-30`: the last date
    /// carries its year when the period spans years.
    public var label: String {
        let (first, last) = (CivilDate(days.lowerBound), CivilDate(days.upperBound))
        let span = first.text + " – " + (first.year == last.year ? last.monthDay : last.text)
        switch kind {
        case .day: return first.text
        case .month: return String(format: "%04d-%02d", first.year, first.month)
        case .week:
            let thursday = CivilDate(days.lowerBound + 3)
            return String(format: "%04d-W%02d", thursday.year, (thursday.dayOfYear - 1) / 7 + 1) + " (" + span + ")"
        case .range: return span
        }
    }

    /// The ISO week `year`-W`week`, nil when the year has no such week.
    public static func week(_ year: Int, _ week: Int) -> ReportPeriod? {
        let january4 = CivilDate(year: year, month: 1, day: 4).streetDay
        let monday = january4 - StreetDay(CivilDate.isoWeekday(january4) - 1) + StreetDay(7 * (week - 1))
        guard week >= 1, CivilDate(monday + 3).year == year else { return nil }
        return ReportPeriod(kind: .week, days: monday...monday + 6)
    }

    /// The calendar month that begins on `first`.
    public static func month(from first: StreetDay) -> ReportPeriod {
        let date = CivilDate(first)
        let next = date.month == 12 ? CivilDate(year: date.year + 1, month: 1, day: 1) : CivilDate(year: date.year, month: date.month + 1, day: 1)
        return ReportPeriod(kind: .month, days: first...next.streetDay - 1)
    }
}

/// A date of the proleptic Gregorian calendar, as a street day names it.
public struct CivilDate: Equatable, Sendable {
    public let year: Int, month: Int, day: Int

    public init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    public init(_ streetDay: StreetDay) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: Double(streetDay) * 86_400))
        self.init(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    public var streetDay: StreetDay {
        let date = Self.calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
        return StreetDay((date.timeIntervalSince1970 / 86_400).rounded(.down))
    }

    public var dayOfYear: Int { Int(streetDay - CivilDate(year: year, month: 1, day: 1).streetDay) + 1 }
    public var text: String { String(format: "%04d-%02d-%02d", year, month, day) }
    public var monthDay: String { String(format: "%02d-%02d", month, day) }

    /// 1 for Monday … 7 for Sunday (1970-01-01, day 0, was a Thursday).
    public static func isoWeekday(_ day: StreetDay) -> Int { Int(((day % 7) + 7 + 3) % 7) + 1 }

    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        return calendar
    }()
}
