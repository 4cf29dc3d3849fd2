import Foundation

/// The figures of a run of street days: what came in and what was done, the three rates
/// (Art 43) street-wide and per department, whistle records and Art 44 refusals, Art 45
/// ratings. Computed here once, so that the Today board and `report` show the same numbers.
public struct PeriodFigures: Sendable {
    public let days: ClosedRange<StreetDay>
    /// The whole street: cases, rates, composite, whistle record, Art 45 ratings.
    public let whole: ScopeFigures
    /// Urges, returns, merges, whistles, refusals, dispatches.
    public let activity: DayActivity
    /// In the profile's order, the departments with anything to show.
    public let departments: [ScopeFigures]
    /// Art 44's list, in the order recorded.
    public let refusals: [Refusal]

    /// Taken in (of which proactive), resolved and closed, street-wide.
    public var cases: CaseTally { whole.cases }
    public var street: RateFigures { whole.rates }
    /// Street-wide composite; nil unless every weighted rate has cases (`RateFigures.composite`).
    public var composite: Double? { whole.composite }
    /// The hotline centre's own three rates, street-wide: what the street is ranked on.
    public var official: RateFigures { whole.official }
    /// The cases the centre called back in the period whose result differs from the street's own.
    public let disagreements: [RateDisagreement]
}

extension DeskState {
    /// The figures of `days` as they stand at `now`.
    public func figures(days: ClosedRange<StreetDay>, at now: Date) -> PeriodFigures {
        var activity = DayActivity()
        for day in days.clamped(to: activityDays) { if let a = self.activity[day] { activity += a } }
        return PeriodFigures(days: days, whole: figures(.street, days: days, at: now), activity: activity,
                             departments: figures(by: .department, days: days, at: now),
                             refusals: days.clamped(to: activityDays).flatMap { refusals(on: $0) },
                             disagreements: disagreements(.street, days: days))
    }

    /// The Art 44 refusals recorded on `day`, in the order recorded.
    public func refusals(on day: StreetDay) -> [Refusal] { (refusalsByDay[day] ?? []).map { refusals[$0] } }

    /// The days anything was recorded on, so that a long period reads no empty day.
    private var activityDays: ClosedRange<StreetDay> {
        guard let first = activity.keys.min(), let last = activity.keys.max() else { return 0...0 }
        return first...last
    }
}

extension DayActivity {
    public static func += (a: inout DayActivity, b: DayActivity) {
        a.urged += b.urged
        a.returned += b.returned
        a.merged += b.merged
        a.whistles += b.whistles
        a.refusals += b.refusals
        a.dispatches += b.dispatches
        a.concluded += b.concluded
    }
}
