import ArgumentParser
import DeskCore
import DeskJournal
import DeskTraining
import Foundation

/// `streetdesk replay`: a real journal's past walked through as an exercise, on a practice
/// journal and the simulated clock. The real journal is only read.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Training: replay a journal's history onto a fresh practice journal, phones and names masked.",
        discussion: """
            What was open at --from is there when the desk opens; what the journal recorded after it arrives at its \
            times, for a day at most. The journal itself is opened read-only. See docs/scenarios.md.
            """)

    @Argument(help: "The operations journal to replay.")
    var source: String

    @Option(help: "Where to start: 2026-11-27 08:00 (street time) or ISO 8601 (default: midnight of the journal's last day).")
    var from: String?

    @OptionGroup var practice: PracticeOptions

    /// How much of the history one replay plays: a day.
    static let window: TimeInterval = 24 * 3600
    /// The shortest replay: time to work on what was open, when little arrives after.
    static let shortest = 30 * 60

    func run() throws {
        try reporting {
            let options = try practice.journalOptions(source)
            let language = options.language
            let speed = try practice.checkedSpeed()
            let real = try options.openJournal(readOnly: true)
            let name = URL(fileURLWithPath: options.path).lastPathComponent
            let start = try self.start(real, options)
            let (opening, street, damage) = try options.reading { try Self.opening(real, at: start) }
            guard let street else { throw Failure(damage?.message(language) ?? ReplayText.empty(name)(language), code: 1) }
            let (window, later) = try options.reading { try Self.window(real, after: opening.lastSeq, from: start) }
            let warning = (damage ?? later).map { $0.message(language) + " — " + ReplayText.stopsAtDamage($0.seq)(language) }
            if let warning { Output.complain(warning) }
            let opened = try options.reading { try Self.entries(real, opening.seqs) }
            let stamp = ClockText.stamp(start, in: real.timeZone)
            guard !opened.isEmpty || !window.isEmpty else { throw Failure(ReplayText.nothingToReplay(name, from: stamp)(language), code: 2) }
            let length = max(Self.shortest, Int((window.last?.at ?? start).timeIntervalSince(start)) + 60)
            let text = ReplayScenario.text(journal: name, from: start, length: length, zone: real.timeZone)
            let scenario: Scenario
            do { scenario = try Scenario.parse(yaml: text, file: name) } catch let error as ScenarioError { throw Failure(error.message(language), code: 2) }
            let (who, path) = (practice.traineeName, practice.practicePath(scenario.id))
            let run = try PracticeRun(ScenarioSource(scenario: scenario, text: text, profile: street.profile), trainee: who, speed: speed,
                                      path: path, language: language, replay: ReplayFeed(opening: opened, window: window))
            try practice.desk(json: false).play(run, path: path, trainee: who, warning: warning)
        }
    }

    /// `--from`, or midnight (street time) of the day of the journal's last entry.
    private func start(_ journal: Journal, _ options: JournalOptions) throws -> Date {
        if let from {
            return try options.refusing { () throws(DeskError) in
                try ClockText.read(from, field: FieldLabel.asOf, in: journal.timeZone, now: Date())
            }
        }
        let last = try options.reading { try journal.entries(after: max(0, try journal.lastSeq() - 1), limit: 1).first?.at } ?? Date()
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = journal.timeZone
        return calendar.startOfDay(for: last)
    }

    /// The state at `start`, from the newest checkpoint before it: the street, and the entries
    /// of what was open then (cases, whistles, dispatches).
    static func opening(_ journal: Journal, at start: Date) throws -> (open: (seqs: [Int64], lastSeq: Int64), street: Street?, damage: JournalDamage?) {
        let (state, damage) = try DeskSession.replay(journal, asOf: start)
        let seqs = Set(state.openCases().flatMap(\.entries) + state.openWhistles().flatMap(\.entries) + state.openDispatches().flatMap(\.entries))
        return ((seqs.sorted(), state.lastSeq), state.street, damage)
    }

    /// The entries after `seq` within a day of `start`, up to the first that is damaged (its
    /// chain broken, or unreadable): the chain is checked from `seq` on, never before it.
    static func window(_ journal: Journal, after seq: Int64, from start: Date) throws -> ([Recorded], JournalDamage?) {
        let hash = seq == 0 ? nil : try journal.entries(after: seq - 1, limit: 1).first?.hash
        let broken = try journal.verifyChain(after: ChainPoint(seq: seq, hash: hash ?? ChainPoint.genesis.hash)).damage
        var entries = [Recorded]()
        do {
            try journal.forEachRecorded(after: seq) { entry in
                guard entry.at < start.addingTimeInterval(window), entry.seq < broken?.seq ?? .max else { return false }
                entries.append(entry)
                return true
            }
        } catch let damage as JournalDamage {
            return (entries, damage)
        }
        return (entries, broken.flatMap { $0.seq <= (entries.last?.seq ?? seq) + 1 ? $0 : nil })
    }

    /// The entries with these seqs, in order.
    static func entries(_ journal: Journal, _ seqs: [Int64]) throws -> [Recorded] {
        try seqs.compactMap { seq -> Recorded? in
            guard let entry = try journal.entries(after: seq - 1, limit: 1).first else { return nil }
            do throws(EventDecodingError) {
                return Recorded(seq: entry.seq, at: entry.at, operatorName: entry.operatorName, console: entry.console,
                                event: try EventCoding.decode(kind: entry.kind, payload: entry.payload))
            } catch {
                throw JournalDamage(seq: seq, error)
            }
        }
    }
}
