import ArgumentParser
import DeskCore
import DeskJournal
import DeskUI
import Foundation

/// What one measuring process found on one journal.
struct Measurement: Codable {
    var entries: Int64
    var cases: Int
    var openCases: Int
    var figures: [String: Stat] = [:]
}

/// Measures every figure on one journal, in a process of its own so that its peak memory is
/// this journal's. The journal is written to (appends, live updates): give it a copy.
struct MeasureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "measure", abstract: "Measure every figure on one journal (a copy: it is written to).")

    @Option(help: "The journal to measure; it is appended to.")
    var journal: String
    @Option(help: "Runs of each one-off operation; frame figures take 20 samples per run.")
    var runs = 5
    @Option(help: "Where to write the figures as JSON.")
    var output: String
    @Option(help: "The streetdesk binary `do` is timed with (default: next to this one).")
    var streetdesk: String?

    func run() throws {
        let path = journal
        var figures = [String: Stat]()
        func repeated(_ body: () throws -> Double) rethrows -> [Double] { try (0..<runs).map { _ in try body() } }

        let desk = try DeskFigures(journal: path)
        let street = desk.session.state.street!
        let intake = JournalFigures.intake(grid: street.profile.grids[0].code)
        var measurement = Measurement(entries: desk.session.state.lastSeq, cases: desk.session.state.cases.count,
                                      openCases: desk.session.state.openCases().count)
        let samples = 20 * runs
        for board in Board.allCases {
            figures["cursor.\(Figure.boards[board.rawValue - 1])"] = Stat(desk.cursorMoves(board: board, samples: samples))
        }
        let switches = desk.boardSwitches(samples: samples)
        let details = desk.details(samples: samples)
        let live = try desk.liveUpdates(samples: samples, intake: intake)
        (figures["frame.switch"], figures["frame.detail"], figures["frame.live"]) = (Stat(switches), Stat(details), Stat(live))
        figures["frame.any"] = Stat(switches + details + live)
        figures["filter"] = Stat(desk.filterKeystrokes(rounds: runs))
        ReviewFigures.measure(desk: desk, runs: runs, into: &figures)
        // The desk's own peak, one desk opened and every board drawn: taken before the repeated
        // openings, replays and baselines below add their own (freed memory is not returned).
        figures["memory"] = Stat(single: peakResidentBytes())
        figures["open"] = Stat(try repeated { try DeskFigures.openToFirstFrame(journal: path) })

        let (verify, loop, replay) = try JournalFigures.chain(journal: path, runs: runs)
        figures["replay"] = Stat(replay)
        figures["verify"] = Stat(verify)
        figures["hash.loop"] = Stat(loop)
        figures["verify.ratio"] = Stat(single: Stat(verify).p50 / Stat(loop).p50)

        let scratch = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("scratch.sqlite").path
        let (append, raw) = try JournalFigures.appends(desk: desk, intake: intake, scratch: scratch, samples: 4 * samples)
        figures["append"] = Stat(append)
        figures["raw.commit"] = Stat(raw)
        figures["append.ratio"] = Stat(single: Stat(append).p50 / Stat(raw).p50)
        for (key, signed) in [("do", false), ("do.signed", true)] {
            figures[key] = Stat(try JournalFigures.doEndToEnd(streetdesk: streetdesk ?? sibling("streetdesk"), journal: path,
                                                               grid: street.profile.grids[0].code, officer: street.profile.staff?.first?.name ?? "bench",
                                                               runs: max(runs, 10), signed: signed))
        }
        measurement.figures = figures
        try JSONEncoder().encode(measurement).write(to: URL(fileURLWithPath: output))
    }
}
