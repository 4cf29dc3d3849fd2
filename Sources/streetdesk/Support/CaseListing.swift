import DeskCore
import DeskUI
import Foundation

/// The cases behind one figure of a report (`report --cases FIGURE`), in intake order.
struct CaseListing {
    let street: Street
    let period: ReportPeriod
    let figure: CaseFigure
    let cases: [Case]

    init(state: DeskState, street: Street, period: ReportPeriod, now: Date, figure: CaseFigure, scope: RateScope) {
        self.street = street
        self.period = period
        self.figure = figure
        cases = state.cases(behind: figure, in: scope, days: period.days, at: min(now, period.end(in: street.timeZone)))
            .compactMap { state.cases[$0] }
    }

    func text(_ language: Language) -> String {
        guard !cases.isEmpty else { return ReportText.noCases(figure.rawValue)(language) }
        let lines = cases.map { item in
            [item.id.raw, ClockText.stamp(item.receivedAt, in: street.timeZone), item.status.label(language),
             street.categories[item.category]?.name ?? item.category.raw, street.gridName(item.grid),
             Sanitize.forDisplay(item.summary)].joined(separator: "  ")
        }
        return (["\(street.name) · \(period.label) · \(figure.rawValue) \(cases.count)"] + lines).joined(separator: "\n")
    }

    func json() throws -> String {
        let object: [String: Any] = [
            "figure": figure.rawValue, "period": period.json,
            "cases": cases.map { item in
                ["id": item.id.raw, "receivedAt": Timestamp.format(item.receivedAt), "status": item.status.rawValue,
                 "category": item.category.raw, "grid": item.grid.digits, "summary": item.summary] as [String: Any]
            },
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }
}
