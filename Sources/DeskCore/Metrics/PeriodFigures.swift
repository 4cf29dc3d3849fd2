import Foundation

/// The figures of a run of street days: what came in and what was done, the three rates
/// (Art 43) street-wide and per department, whistle records and Art 44 refusals, Art 45
/// ratings. Computed here once, so that the Today board and `report` show the same numbers.
public struct PeriodFigures: Sendable {
    public let days: ClosedRange<StreetDay>
    /// Taken in (of which proactive), resolved and closed, street-wide.
    public let cases: CaseTally
    /// Urges, returns, merges, whistles, refusals, dispatches.
    public let activity: DayActivity
    public let street: RateFigures
    /// The hotline centre's own three rates, street-wide: what the street is ranked on.
    public let official: RateFigures
    /// Street-wide composite; nil unless every weighted rate has cases (`RateFigures.composite`).
    public let composite: Double?
    /// In the profile's order, the departments with anything to show.
    public let departments: [DepartmentFigures]
    /// Art 44's list, in the order recorded.
    public let refusals: [Refusal]
    /// The cases the centre called back in the period whose result differs from the street's own.
    public let disagreements: [RateDisagreement]
}

public struct DepartmentFigures: Sendable {
    public let id: DepartmentID
    public let rates: RateFigures
    /// The hotline centre's three rates for the cases routed to it.
    public let official: RateFigures
    public let composite: Double?
    public let whistles: WhistleRecordFigures?
    /// Art 45, for utilities rated in the period.
    public let rating: (mean: Double, count: Int)?
}

extension DeskState {
    /// The figures of `days` as they stand at `now`.
    public func figures(days: ClosedRange<StreetDay>, at now: Date) -> PeriodFigures {
        let weights = street?.profile.rateWeights ?? RateWeights(response: 1, resolution: 1, satisfaction: 1)
        var activity = DayActivity()
        for day in days.clamped(to: activityDays) { if let a = self.activity[day] { activity += a } }
        let ratings = utilityRatings(days: days)
        let departments = (street?.profile.departments ?? []).compactMap { department -> DepartmentFigures? in
            let rates = rates(.department(department.id), days: days, at: now)
            let official = officialRates(.department(department.id), days: days)
            let whistles = whistleRecord(department.id, days: days, at: now)
            let rating = ratings[department.id]
            guard rates.due + rates.calledBack + official.calledBack > 0 || whistles.summoned > 0 || rating != nil else { return nil }
            return DepartmentFigures(id: department.id, rates: rates, official: official, composite: rates.composite(weights),
                                     whistles: whistles.summoned > 0 ? whistles : nil, rating: rating)
        }
        let street = rates(.street, days: days, at: now)
        return PeriodFigures(days: days, cases: caseLedger.sum(0, days), activity: activity, street: street,
                             official: officialRates(.street, days: days), composite: street.composite(weights),
                             departments: departments, refusals: days.clamped(to: activityDays).flatMap { refusals(on: $0) },
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
