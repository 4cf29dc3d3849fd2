import Foundation

/// What happened on one street day, street-wide: the counts behind the Today board and the
/// day report, read from the ledgers.
public struct DayCounts: Sendable, Equatable {
    public let day: StreetDay
    /// Taken in, resolved and closed that day, with the rate counts of cases due or called back.
    public let cases: CaseTally
    /// Urges, returns, merges, whistles, refusals, dispatches created and concluded.
    public let activity: DayActivity
}

extension DeskState {
    public func dayCounts(_ day: StreetDay) -> DayCounts {
        DayCounts(day: day, cases: caseLedger.tally(0, day), activity: activity[day] ?? DayActivity())
    }

    /// The Art 44 refusals recorded on `day`, in the order recorded.
    public func refusals(on day: StreetDay) -> [Refusal] { (refusalsByDay[day] ?? []).map { refusals[$0] } }
}
