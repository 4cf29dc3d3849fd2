import ArgumentParser
import DeskCore
import DeskUI
import Foundation

/// Where the same complaints keep coming from: clusters of one category, repeat callers and
/// repeat addresses, ranked, each against the period as long before it.
struct ShowHotspots: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hotspots",
        abstract: "Clusters of one category in a grid or at an address, repeat callers (masked) and repeat addresses, with their trend.")

    @OptionGroup var options: JournalOptions

    @Option(help: "How far back, a span such as 30d or 2w (default: 30d).")
    var since: String = "30d"

    @Option(help: "Cluster by grid (the same category in one grid), category (street-wide) or address (default: grid).")
    var by: String = HotspotKey.grid.rawValue

    @Flag(help: "As one JSON object.")
    var json = false

    func run() throws {
        try reporting {
            let language = options.language
            guard let span = TimeSpan(parsing: since), span.seconds > 0 else {
                throw Failure(DeskError.invalidValue(field: ReportText.sinceField, value: since, expected: .timeSpan).message(language), code: 2)
            }
            guard let key = HotspotKey(rawValue: by) else {
                throw Failure(DeskError.invalidValue(field: ReportText.sliceField, value: by, expected: .formats(HotspotKey.allCases.map(\.rawValue)))
                    .message(language), code: 2)
            }
            let session = try options.openSession(readOnly: true)
            try options.warn(session.damage, street: session.state.street)
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            let now = Date()
            let range = now.addingTimeInterval(-span.timeInterval)..<now
            let list = HotspotsText(hotspots: session.state.hotspots(by: key, in: range), street: street, range: range)
            json ? Output.json(try list.json()) : Output.say(list.text(language))
        }
    }
}
