import ArgumentParser
import DeskCore
import DeskJournal
import DeskUI
import Foundation

/// The supervisor's review of any period: every figure street-wide and slice by slice, beside
/// the period before when asked, as text, Markdown, CSV or JSON; or the cases behind one figure.
struct PeriodReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "A period's figures: cases, overdue, three rates, composite, whistle records, Art 44 refusals, Art 45 ratings.",
        discussion: "One of --date, --month, --week or --from/--to (default: today). CSV is UTF-8 with a byte-order mark, so that a spreadsheet opens its Chinese intact.")

    @OptionGroup var options: JournalOptions

    @Option(help: "A day, YYYY-MM-DD in street time.")
    var date: String?
    @Option(help: "A calendar month, YYYY-MM.")
    var month: String?
    @Option(help: "An ISO week, YYYY-Www (weeks begin on Monday).")
    var week: String?
    @Option(help: "The first day of a run of days, YYYY-MM-DD (with --to).")
    var from: String?
    @Option(help: "The last day of a run of days, YYYY-MM-DD (with --from).")
    var to: String?

    @Option(help: "Slice by department, community, grid, category, source, type or tag (a theme; a case counts under each of its themes) (default: department).")
    var by: String = Slice.department.rawValue
    @Option(help: "previous: beside the period before (the day, week or month before, or as many days).")
    var compare: String?
    @Option(help: "text, md, csv or json (default: text).")
    var format: String = ReportFormat.text.rawValue
    @Flag(help: "Same as --format json.")
    var json = false

    @Option(help: "List the cases behind a figure: taken-in, proactive, resolved, closed, due, on-time, overdue, called-back, solved, satisfied.")
    var cases: String?
    @Option(help: "With --cases: the slice of --by, by its id (a department id, community code, grid code, category id, source or type).")
    var of: String?

    func run() throws {
        try reporting {
            let language = options.language
            let session = try options.openSession(readOnly: true)
            try options.warn(session.damage, street: session.state.street)
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            let now = Date()
            let period = try ReportRequest(date: date, month: month, week: week, from: from, to: to).period(street: street, now: now, language: language)
            let slice = try choice(by, field: ReportText.sliceField, Slice.self)
            let shape = json ? .json : try choice(format, field: ReportText.formatField, ReportFormat.self)
            guard compare == nil || compare == "previous" else { throw refusal(ReportText.compareField, compare!, ["previous"]) }
            let begins = try options.reading { try session.journal.entries(after: 0, limit: 1).first?.at } ?? now
            if let notice = ReportRequest.notice(period, today: street.calendar.day(now), begins: street.calendar.day(begins)) {
                return shape == .json ? Output.json(try ReportRequest.json(notice, period))
                    : Output.say(notice(language))
            }
            if let figure = cases {
                let listing = try CaseListing(state: session.state, street: street, period: period, now: now,
                                              figure: choice(figure, field: ReportText.figureField, CaseFigure.self),
                                              scope: scope(of, in: slice, state: session.state))
                return shape == .json ? Output.json(try listing.json()) : Output.say(listing.text(language))
            }
            let table = ReportTable(state: session.state, street: street, period: period, slice: slice,
                                    compare: compare != nil, now: now, language: language)
            let text = try table.render(shape)
            switch shape {
            case .json: Output.json(text)
            case .csv: Output.csv(text)
            case .text, .md: Output.say(text)
            }
        }
    }

    /// The value typed for an option that takes one of a list, or the usual refusal (exit 2).
    private func choice<C: RawRepresentable & CaseIterable>(_ text: String, field: Phrase, _: C.Type) throws -> C where C.RawValue == String {
        if let value = C(rawValue: text) { return value }
        throw refusal(field, text, C.allCases.map(\.rawValue))
    }

    private func refusal(_ field: Phrase, _ text: String, _ choices: [String]) -> Failure {
        Failure(DeskError.invalidValue(field: field, value: text, expected: .formats(choices)).message(options.language), code: 2)
    }

    /// The scope `--of` names within `slice`; the street when it names none.
    private func scope(_ id: String?, in slice: Slice, state: DeskState) throws -> RateScope {
        guard let id else { return .street }
        let scopes = state.scopes(slice)
        if let found = scopes.first(where: { ReportTable.id($0) == id || (slice == .grid && ReportTable.id($0).hasSuffix(id) && id.count == 6) }) {
            return found
        }
        throw refusal(ReportText.scope, id, scopes.map(ReportTable.id))
    }
}
