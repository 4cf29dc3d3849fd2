import DeskCore
import DeskUI
import Foundation

/// A period's figures, street-wide and slice by slice, optionally beside the period before:
/// what `report` prints as text, Markdown, CSV or JSON (`ReportFormats`).
struct ReportTable {
    struct Row {
        /// The slice as `--of` takes it (a department id, a grid code …); empty for the street.
        let id: String
        let name: String
        let now: ScopeFigures
        let before: ScopeFigures?
    }

    let street: Street
    let period: ReportPeriod
    let previous: ReportPeriod?
    let slice: Slice
    /// The street first, then the slices with anything to show in either period.
    let rows: [Row]
    /// Art 44's list for the period.
    let refusals: [Refusal]
    /// The cases the hotline centre's call-back scored otherwise than the street's own figures.
    let disagreements: [RateDisagreement]
    let language: Language

    init(state: DeskState, street: Street, period: ReportPeriod, slice: Slice, compare: Bool, now: Date, language: Language) {
        self.street = street
        self.period = period
        self.slice = slice
        self.language = language
        let previous = compare ? period.previous : nil
        self.previous = previous
        func figures(_ scope: RateScope, _ p: ReportPeriod) -> ScopeFigures {
            state.figures(scope, days: p.days, at: min(now, p.end(in: street.timeZone)))
        }
        let whole = Row(id: "", name: ReportText.streetRow(language), now: figures(.street, period),
                        before: previous.map { figures(.street, $0) })
        rows = [whole] + state.scopes(slice).compactMap { scope in
            let row = Row(id: Self.id(scope), name: Self.name(scope, street, language), now: figures(scope, period),
                          before: previous.map { figures(scope, $0) })
            return row.now.isEmpty && row.before?.isEmpty ?? true ? nil : row
        }
        let lists = state.figures(days: period.days, at: min(now, period.end(in: street.timeZone)))
        refusals = lists.refusals
        disagreements = lists.disagreements
    }

    static func id(_ scope: RateScope) -> String {
        switch scope {
        case .street: ""
        case .department(let id): id.raw
        case .community(let code): code
        case .grid(let code): code.digits
        case .category(let id): id.raw
        case .source(let source): source.rawValue
        case .type(let type): type.rawValue
        case .theme(let id): id.raw
        }
    }

    static func name(_ scope: RateScope, _ street: Street, _ language: Language) -> String {
        switch scope {
        case .street: ReportText.streetRow(language)
        case .department(let id): street.departmentName(id)
        case .community(let code): street.communities[code]?.name ?? code
        case .grid(let code): street.gridName(code)
        case .category(let id): street.categories[id]?.path ?? id.raw
        case .source(let source): source.label(language)
        case .type(let type): type.label(language)
        case .theme(let id): street.themeName(id)
        }
    }

    /// The heading: street, period, slice.
    var title: String {
        [street.name, period.label, ReportText.slicedBy(slice.label)(language)].joined(separator: " · ")
            + (previous.map { " · \(ReportText.previous(language)) \($0.label)" } ?? "")
    }

    /// The rows as cells for a terminal or Markdown: name, then the figures, each with its counts;
    /// under each row, when comparing, the period before and the change.
    var cells: [[String]] {
        let header = [ReportText.scope, ReportText.takenIn, ReportText.proactive, ReportText.resolved, ReportText.closed,
                      ReportText.overdue, ReportText.response, ReportText.resolution, ReportText.satisfaction,
                      ReportText.composite, ReportText.whistles, ReportText.rating].map { $0(language) }
        return [header] + rows.flatMap { row -> [[String]] in
            guard let before = row.before else { return [[row.name] + Self.cells(row.now)] }
            return [[row.name] + Self.cells(row.now), ["  " + ReportText.previous(language)] + Self.cells(before),
                    ["  " + ReportText.change(language)] + Self.changes(row.now, before)]
        }
    }

    private static func cells(_ f: ScopeFigures) -> [String] {
        let r = f.rates
        return ["\(f.cases.takenIn)", "\(f.cases.proactive)", "\(f.cases.resolved)", "\(f.cases.closed)", "\(r.overdue)",
                "\(RateFigures.percent(r.response)) (\(r.respondedOnTime)/\(r.due))",
                "\(RateFigures.percent(r.resolution)) (\(r.solved)/\(r.calledBack))",
                "\(RateFigures.percent(r.satisfaction)) (\(r.satisfied)/\(r.calledBack))",
                RateFigures.score(f.composite),
                f.whistles.map { "\($0.onTime)/\($0.late)/\($0.refused)" } ?? "",
                f.rating.map { String(format: "%.1f×%d", $0.mean, $0.count) } ?? ""]
    }

    /// Counts as `+3`, rates and the composite in points (`-4.0`), `—` where either side has nothing.
    private static func changes(_ now: ScopeFigures, _ before: ScopeFigures) -> [String] {
        func signed(_ key: String, points: Bool) -> String {
            guard let d = ReportMeasure.all.first(where: { $0.key == key })?.change(now, before) else { return "—" }
            return points ? String(format: "%+.1f", d * 100) : d == d.rounded() ? String(format: "%+d", Int(d)) : String(format: "%+.1f", d)
        }
        return [signed("takenIn", points: false), signed("proactive", points: false), signed("resolved", points: false),
                signed("closed", points: false), signed("overdue", points: false), signed("response", points: true),
                signed("resolution", points: true), signed("satisfaction", points: true), signed("composite", points: true),
                "", signed("ratingMean", points: false)]
    }
}

extension ReportPeriod {
    /// The instant the period's last day ends, in the street's time zone.
    func end(in zone: TimeZone) -> Date {
        let guess = Date(timeIntervalSince1970: Double(days.upperBound + 1) * 86_400)
        return guess.addingTimeInterval(-Double(zone.secondsFromGMT(for: guess)))
    }

    /// As JSON gives it: first and last day, and the label.
    var json: [String: Any] { ["from": CivilDate(days.lowerBound).text, "to": CivilDate(days.upperBound).text, "label": label] }
}
