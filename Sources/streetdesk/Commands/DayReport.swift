import ArgumentParser
import DeskCore
import DeskJournal
import Foundation

/// The supervisor's export of a day: the three rates street-wide and per department, each
/// department's whistle record, the Art 44 refusals and the Art 45 utility ratings.
struct DayReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "A day's figures: three rates, whistle records, Art 44 refusals, Art 45 ratings.")

    @OptionGroup var options: JournalOptions

    @Option(help: "The day, YYYY-MM-DD in street time (default: today).")
    var date: String?

    @Flag(help: "As one JSON object.")
    var json = false

    func run() throws {
        try reporting {
            let language = options.language
            let session = try options.openSession(readOnly: true)
            try options.warn(session.damage, street: session.state.street)
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = street.timeZone
            let now = Date()
            var start = calendar.startOfDay(for: now)
            if let date {
                start = try options.refusing { () throws(DeskError) in try ClockText.read(date, field: FieldLabel.date, in: street.timeZone, now: now, day: true) }
            }
            let day = street.calendar.day(start)
            let end = calendar.date(byAdding: .day, value: 1, to: start) ?? start
            let figures = FiguresText(figures: session.state.figures(days: day...day, at: min(now, end)), street: street, start: start)
            json ? Output.json(try figures.json()) : Output.say(figures.text(language))
        }
    }
}
