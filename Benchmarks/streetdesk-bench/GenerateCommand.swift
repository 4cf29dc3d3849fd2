import ArgumentParser
import DeskCore
import DeskDemo
import DeskJournal
import Foundation

struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a district-scale journal: 300 grids, 60 departments, every kind of action, a valid chain.")

    @Option(help: "Entries to write (10k, 100k, 1M or a number).", transform: { try parseCount($0) })
    var entries: Int
    @Option(help: "Cases still open at the end, about (the recent backlog plus cases never finished).")
    var open: Int
    @Option(help: "The new journal's path (must not exist).")
    var journal: String
    @Option(help: "Seed of the history drawn.")
    var seed: UInt64 = 20_200_101
    @Option(help: "When the history ends, as seconds since 1970 (default: now).")
    var now: Double?

    func run() throws {
        let summary = try Self.generate(entries: entries, open: open, journal: journal, seed: seed,
                                        now: now.map(Date.init(timeIntervalSince1970:)) ?? Date())
        print(summary)
    }

    static func generate(entries: Int, open: Int, journal path: String, seed: UInt64, now: Date) throws -> String {
        let profile = try DistrictProfile.load()
        let journal = try Journal.create(at: path)
        let started = Date()
        let s = try DistrictHistory.generate(profile: profile, entries: entries, openCases: open, endingAt: now,
                                             seed: seed) { batch in
            try journal.append(batch.map {
                NewEntry(at: $0.at, operatorName: $0.operatorName, console: $0.console,
                         kind: $0.event.kind, payload: EventCoding.encode($0.event))
            })
        }
        let elapsed = Date().timeIntervalSince(started)
        let days = s.end.timeIntervalSince(s.start) / 86400
        return String(format: "wrote %d entries, %d cases (%d open), %.0f days ending %@, in %.1f s (%.0f entries/s, peak %.0f MB)",
                      s.entries, s.cases, s.openCases, days, s.end.description, elapsed, Double(s.entries) / elapsed,
                      peakResidentBytes() / 1e6)
    }
}

func parseCount(_ text: String) throws -> Int {
    guard let value = count(text), value > 0 else { throw ValidationError("'\(text)' is not a count such as 10k, 100k or 1M") }
    return value
}
