import DeskCore

/// The Departments board's period (`p` picks the kind, `[` and `]` step it back and forth): the
/// last seven days (the default), a day, an ISO week or a calendar month — the current one, or
/// `back` of them before it, which reaches any past date.
public struct PeriodPick: Hashable, Sendable {
    public enum Kind: CaseIterable, Sendable, Labelled {
        case lastSevenDays, day, week, month

        var next: Self { cycled(self) }

        public var label: Phrase {
            switch self {
            case .lastSevenDays: BoardText.periodLastSevenDays
            case .day: BoardText.periodToday
            case .week: BoardText.periodThisWeek
            case .month: BoardText.periodThisMonth
            }
        }
    }

    public var kind = Kind.lastSevenDays
    /// How many periods before the current one; never in the future.
    public var back = 0

    public init() {}

    mutating func nextKind() { (kind, back) = (kind.next, 0) }
    mutating func earlier() { back += 1 }
    mutating func later() { back = max(0, back - 1) }

    /// The street days it covers, counted back from `today`.
    public func period(today: StreetDay) -> ReportPeriod {
        var period: ReportPeriod = switch kind {
        case .lastSevenDays: ReportPeriod(kind: .range, days: today - 6...today)
        case .day: ReportPeriod(kind: .day, days: today...today)
        case .week: .week(containing: today)
        case .month: .month(containing: today)
        }
        for _ in 0..<back { period = period.previous }
        return period
    }

    /// `近7天`, `本周` … for the current period; its dates (`2026-11-26`, `2026-10`) once stepped back.
    public func label(today: StreetDay, _ language: Language) -> String {
        back == 0 ? kind.label(language) : period(today: today).label
    }
}
