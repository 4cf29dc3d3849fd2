import ArgumentParser
import DeskCore
import DeskJournal
import Foundation

struct ShowQueue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "The open queue: cases with their clocks, whistles, dispatches.")

    @OptionGroup var options: JournalOptions

    @Option(name: .customLong("as-of"), help: "The state at a past time: 2026-11-27 14:00 (street time) or ISO 8601.")
    var asOf: String?

    @Flag(help: "As one JSON object.")
    var json = false

    @Flag(help: "The latest shift handover instead: what it handed over, and whether it was acknowledged.")
    var handover = false

    func run() throws {
        try reporting {
            let language = options.language
            let journal = try options.openJournal(readOnly: true)
            let zone = journal.timeZone
            var moment = Date()
            if let asOf {
                moment = try options.refusing { () throws(DeskError) in try ClockText.read(asOf, field: FieldLabel.asOf, in: zone, now: moment) }
            }
            let (state, damage) = try options.reading { try DeskSession.replay(journal, asOf: asOf == nil ? nil : moment) }
            try options.warn(damage, street: state.street)
            if handover {
                let report = HandoverReport(state: state, zone: zone, language: language)
                json ? Output.json(try report.json()) : Output.say(report.text())
                return
            }
            let queue = QueueReport(state: state, now: moment, zone: zone, language: language)
            json ? Output.json(try queue.json()) : Output.say(queue.text())
        }
    }
}
