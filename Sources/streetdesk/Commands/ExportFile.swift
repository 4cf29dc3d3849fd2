import ArgumentParser
import DeskCore
import DeskExchange
import DeskJournal
import Foundation

/// `streetdesk export replies|open311`: files for the 12345 centre and Open311 clients (docs/exchange.md).
struct ExportFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write files for the 12345 centre and for Open311 clients.", subcommands: [ExportReplies.self, ExportOpen311.self])
}

struct ExportReplies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replies", abstract: "The street's reply to each 12345 order answered: feedback, resolution, time, department.")

    @OptionGroup var options: JournalOptions

    @Option(help: "Only replies given at or after this time (YYYY-MM-DD HH:mm, street time, or ISO 8601).")
    var since: String?

    @Option(help: "csv (default) or json.")
    var format: String?

    func run() throws {
        try reporting {
            let language = options.language
            let chosen = try ExchangeFormatOption.read(format, path: "", language, byPath: ExchangeFormat.init(path:))
            let session = try options.openSession(readOnly: true)
            try options.warn(session.damage, street: session.state.street)
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            let from = try since.map { text in
                try options.refusing { () throws(DeskError) in
                    try ClockText.read(text, field: FieldLabel.asOf, in: street.timeZone, now: Date())
                }
            }
            let rows = try options.reading {
                try ReplyRows.rows(session.state, since: from, in: street.timeZone) { item in
                    try session.entries(item.entries).reduce("") { note, entry in
                        if case .caseFeedbackGiven(let e) = entry.event { e.note } else { note }
                    }
                }
            }
            let text = try ExchangeWriter.write(rows, columns: ReplyRows.columns, format: chosen)
            chosen == .json ? Output.json(text) : Output.say(text)
        }
    }
}
