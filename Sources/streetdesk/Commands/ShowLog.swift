import ArgumentParser
import DeskJournal
import Foundation

struct ShowLog: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "log", abstract: "The journal's entries, oldest first.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "One JSON object per line: seq, at, operator, console, kind, payload, previousHash, hash.")
    var json = false

    @Option(help: "Only entries after this seq.")
    var since: Int64 = 0

    func run() throws {
        try reporting {
            let journal = try options.openJournal(practice: true)
            var after = since
            while case let batch = try journal.entries(after: after, limit: 2000), let last = batch.last {
                for entry in batch { print(json ? try Self.json(entry) : Self.line(entry)) }
                after = last.seq
            }
        }
    }

    static func line(_ e: JournalEntry) -> String {
        "\(e.seq)\t\(e.atText)\t\(e.operatorName)\t\(e.kind)\t\(e.payload)"
    }

    static func json(_ e: JournalEntry) throws -> String {
        let payload = try JSONSerialization.jsonObject(with: Data(e.payload.utf8))
        let object: [String: Any] = [
            "seq": e.seq, "at": e.atText, "operator": e.operatorName, "console": e.console, "kind": e.kind,
            "payload": payload, "previousHash": e.previousHash, "hash": e.hash,
        ]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }
}
