import DeskCore
import DeskUI
import Foundation

/// The figures a report row carries, one per column of the CSV and key of the JSON, in order:
/// counts as numbers, rates and the composite as fractions (nil when there was nothing to count).
struct ReportMeasure: Sendable {
    let key: String
    let title: Phrase
    /// A rate or composite: shown as a percentage, its change in percentage points.
    let isRate: Bool
    let value: @Sendable (ScopeFigures) -> Double?

    static let all: [ReportMeasure] = [
        count("takenIn", ReportText.takenIn) { $0.cases.takenIn },
        count("proactive", ReportText.proactive) { $0.cases.proactive },
        count("resolved", ReportText.resolved) { $0.cases.resolved },
        count("closed", ReportText.closed) { $0.cases.closed },
        count("overdue", ReportText.overdue) { $0.rates.overdue },
        count("due", ReportText.due) { $0.rates.due },
        count("respondedOnTime", ReportText.respondedOnTime) { $0.rates.respondedOnTime },
        rate("response", ReportText.response) { $0.rates.response },
        count("calledBack", ReportText.calledBack) { $0.rates.calledBack },
        count("solved", ReportText.solved) { $0.rates.solved },
        rate("resolution", ReportText.resolution) { $0.rates.resolution },
        count("satisfied", ReportText.satisfied) { $0.rates.satisfied },
        rate("satisfaction", ReportText.satisfaction) { $0.rates.satisfaction },
        rate("composite", ReportText.composite) { $0.composite },
        // The hotline centre's own call-backs: what the street is ranked on.
        count("officialCalledBack", ReportText.officialCalledBack) { $0.official.calledBack },
        rate("officialResponse", ReportText.officialResponse) { $0.official.response },
        rate("officialResolution", ReportText.officialResolution) { $0.official.resolution },
        rate("officialSatisfaction", ReportText.officialSatisfaction) { $0.official.satisfaction },
        ReportMeasure(key: "summoned", title: ReportText.summoned, isRate: false) { $0.whistles.map { Double($0.summoned) } },
        ReportMeasure(key: "whistlesOnTime", title: ReportText.reportedOnTime, isRate: false) { $0.whistles.map { Double($0.onTime) } },
        ReportMeasure(key: "whistlesLate", title: ReportText.reportedLate, isRate: false) { $0.whistles.map { Double($0.late) } },
        ReportMeasure(key: "whistlesRefused", title: ReportText.refused, isRate: false) { $0.whistles.map { Double($0.refused) } },
        ReportMeasure(key: "ratingMean", title: ReportText.ratingMean, isRate: false) { $0.rating?.mean },
        ReportMeasure(key: "ratingCount", title: ReportText.ratingCount, isRate: false) { $0.rating.map { Double($0.count) } },
    ]

    private static func count(_ key: String, _ title: Phrase, _ n: @escaping @Sendable (ScopeFigures) -> some BinaryInteger) -> ReportMeasure {
        ReportMeasure(key: key, title: title, isRate: false) { Double(n($0)) }
    }

    private static func rate(_ key: String, _ title: Phrase, _ r: @escaping @Sendable (ScopeFigures) -> Double?) -> ReportMeasure {
        ReportMeasure(key: key, title: title, isRate: true, value: r)
    }

    /// `now − before`, nil when either is missing: the change a comparison shows.
    func change(_ now: ScopeFigures, _ before: ScopeFigures) -> Double? {
        guard let a = value(now), let b = value(before) else { return nil }
        return a - b
    }
}
