import ArgumentParser
import DeskCore
import DeskJournal
import DeskUI
import Foundation

struct ShowLog: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "The journal's entries, oldest first.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "One JSON object per line: seq, at, operator, console, kind, payload; with --reveal also previousHash and hash.")
    var json = false

    @Option(help: "Only entries after this seq.")
    var since: Int64 = 0

    @Flag(help: "Complainants' phone numbers in full (masked otherwise): a supervisor's, with --reason; the journal records it.")
    var reveal = false

    @Option(help: "Why the numbers are revealed (with --reveal).")
    var reason: String?

    func run() throws {
        try reporting {
            let journal = try options.openJournal(readOnly: !reveal, practice: true)
            let session = try options.reading { try DeskSession(journal: journal, operatorName: try options.operatorName(), console: Paths.consoleName) }
            try options.warn(session.damage, street: session.state.street)
            // The reveal is journaled before a number is shown; refused, nothing is shown.
            if reveal {
                session.operatorName = try options.verifiedOperator(on: session.state.street, journalPath: journal.path)
                do {
                    try options.reading { try session.perform(.revealLog(since: since, reason: reason ?? ""), at: Date()) }
                } catch let refusal as DeskError {
                    throw Failure(refusal.message(options.language, naming: session.state.street), code: 2)
                }
            }
            var after = since
            while case let batch = try options.reading({ try journal.entries(after: after, limit: 2000) }), let last = batch.last {
                for entry in batch { json ? Output.json(try Self.json(entry, reveal: reveal)) : Output.say(Self.line(entry, reveal: reveal)) }
                after = last.seq
            }
        }
    }

    /// Tab-separated columns; a tab or line break inside a column is shown, not obeyed.
    static func line(_ e: JournalEntry, reveal: Bool) -> String {
        ["\(e.seq)", e.atText, e.operatorName, e.kind, payload(e, reveal: reveal)].map(Sanitize.forDisplay).joined(separator: "\t")
    }

    static func json(_ e: JournalEntry, reveal: Bool) throws -> String {
        let payload = try JSONSerialization.jsonObject(with: Data(payload(e, reveal: reveal).utf8))
        var object: [String: Any] = [
            "seq": e.seq, "at": e.atText, "operator": e.operatorName, "console": e.console, "kind": e.kind, "payload": payload,
        ]
        // A hash beside a masked number gives the number away in ten thousand tries: the chain's
        // hashes go only with the numbers in full (`verify` checks the chain without printing them).
        if reveal {
            object["previousHash"] = e.previousHash
            object["hash"] = e.hash
        }
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    private static func payload(_ e: JournalEntry, reveal: Bool) -> String {
        reveal ? e.payload : PhoneNumber.masking(payload: e.payload)
    }
}
