import ArgumentParser
import DeskCore
import DeskExchange
import DeskJournal
import Foundation

/// `streetdesk import open311 FILE`: a city's GeoReport v2 service requests, one case per
/// request id, safe to run twice (docs/exchange.md).
struct ImportOpen311: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open311",
        abstract: "Take in Open311 GeoReport v2 service requests (JSON or XML): one case per service_request_id.")

    @OptionGroup var options: JournalOptions
    @OptionGroup var input: ExchangeFileOptions

    func run() throws {
        try reporting {
            let rows = try input.requests(options.language)
            try ImportFile.run(options, rows, dryRun: input.dryRun) { row, _, street in
                Open311Requests.request(row, in: street.timeZone).map { .serviceRequest($0) }
            }
        }
    }
}

/// `streetdesk export open311 --services|--requests`: the street as an Open311 GeoReport v2
/// server would answer `GET services` and `GET requests`.
struct ExportOpen311: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open311", abstract: "The street's categories as Open311 services, or its cases as service requests.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "What to write: the categories as services, or the cases as service requests.")
    var document: Document = .requests

    @Option(help: "Only requests updated at or after this time (YYYY-MM-DD HH:mm, street time, or ISO 8601).")
    var since: String?

    @Option(help: "json (default) or xml.")
    var format: String?

    enum Document: String, EnumerableFlag {
        case services, requests
    }

    func run() throws {
        try reporting {
            let language = options.language
            let chosen = try ExchangeFormatOption.read(format, path: "", language, byPath: Open311Format.init(path:))
            let session = try options.openSession(readOnly: true)
            try options.warn(session.damage, street: session.state.street)
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            let records: [Open311Export.Record]
            switch document {
            case .services:
                records = Open311Export.services(street)
            case .requests:
                let from = try since.map { text in
                    try options.refusing { () throws(DeskError) in
                        try ClockText.read(text, field: FieldLabel.asOf, in: street.timeZone, now: Date())
                    }
                }
                try options.reading { try session.completeRestore() }
                records = Open311Export.requests(session.state, since: from, in: street.timeZone)
            }
            let text = Open311Writer.write(records, as: document == .services ? .services : .requests, format: chosen)
            chosen == .json ? Output.json(text) : Output.say(text)
        }
    }
}
