import DeskCore
import DeskJournal
import DeskTraining
import DeskUI
import Foundation

/// One trainee's run of a scenario on its own practice journal: the journal is created with the
/// street and the practice mark, the setup is played at the start time, and the injects are
/// written when the simulated clock reaches them, each from its own console, so the desk takes
/// them in as it takes other consoles' entries. A replay plays a real journal's entries the same
/// way (`ReplayFeed`).
final class PracticeRun: PracticeControl {
    let source: ScenarioSource
    let journal: Journal
    private var clock: SimulatedClock
    private var player: ScriptPlayer
    private let language: Language
    private let replay: ReplayFeed?

    /// Creates the practice journal at `path` (never an existing file) and plays the setup (or
    /// the replay's open work).
    init(_ source: ScenarioSource, trainee: String, speed: Double, path: String, language: Language, replay: ReplayFeed? = nil) throws {
        self.source = source
        self.language = language
        self.replay = replay
        let scenario = source.scenario
        let street = scenario.street(source.profile, trainee: trainee)
        let zone = TimeZone(identifier: street.street.timeZone) ?? Journal.defaultTimeZone
        try FileManager.default.createDirectory(atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
                                                withIntermediateDirectories: true)
        do {
            journal = try Journal.create(at: path, timeZone: zone)
        } catch let error as JournalError {
            throw Failure(error.message(language), code: 2)
        }
        let opens = replay?.opensAt(scenario.start) ?? scenario.start
        let configured = try DeskState().decide(.configure(street), at: opens, by: trainee)
        let mark = PracticeStarted(scenario: scenario.id, text: source.text, trainee: trainee, speed: speed)
        let first = (configured + [.practiceStarted(mark)]).map {
            PendingEntry(at: opens, operatorName: trainee, console: ScriptPlayer.consolePrefix + "start", event: $0)
        }
        try DeskSession(journal: journal, operatorName: trainee, console: Paths.consoleName).write(first)
        try replay?.open(journal, trainee: trainee)
        player = ScriptPlayer(scenario: scenario, street: street)
        clock = SimulatedClock(start: scenario.start, speed: speed, wall: Date())
        for _ in scenario.setup.indices { _ = playNext() }
        clock = SimulatedClock(start: scenario.start, speed: speed, wall: Date())
    }

    var now: Date { clock.now(wall: Date()) }

    var scenarioName: String { source.scenario.title(language) }
    var isPaused: Bool { clock.isPaused }
    var isOver: Bool { now >= source.scenario.end }

    func togglePause() { clock.toggle(wall: Date()) }

    func playDue() -> String? {
        if let replay {
            do { try replay.playDue(at: now, to: journal) } catch { return (error as? JournalError)?.message(language) ?? "\(error)" }
        }
        var refused: String?
        while player.due(at: now) != nil { refused = playNext() ?? refused }
        return refused
    }

    func debrief() -> PracticeDebrief? {
        guard let entries = try? journal.allRecorded(), let mark = PracticeJournal.mark(entries),
              let scenario = try? PracticeJournal.scenario(mark) else { return nil }
        return PracticeDebrief(debrief: Debrief.score(scenario, entries: entries, trainee: mark.trainee), scenario: scenario)
    }

    /// Plays the next line at its own time; a line the trainee's actions made impossible is
    /// passed over, and its refusal shown.
    private func playNext() -> String? {
        let index = player.next
        let line = source.scenario.script[index]
        // A line about an item the trainee was to make names it as scoring matched it.
        if !player.unbound(index).isEmpty, let entries = try? journal.allRecorded() {
            player.bind(Debrief.traineeLabels(source.scenario, entries: entries))
        }
        if let missing = player.unbound(index).first {
            player.skipped(index)
            return ScenarioText.notYetMade(missing)(language)
        }
        do {
            let written = try DeskSession.performOnce(try player.command(index), on: journal,
                                                      operatorName: line.by ?? ScriptPlayer.defaultOperator,
                                                      console: ScriptPlayer.console(index), at: player.time(of: index))
            player.played(index, written)
            return nil
        } catch {
            player.skipped(index)
            return (error as? DeskError)?.message(language, naming: try? journal.street()) ?? "\(error)"
        }
    }
}
