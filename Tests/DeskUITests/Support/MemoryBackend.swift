import DeskCore
import DeskDemo
import DeskUI
import Foundation

/// A test double for the journal: decides and folds in memory, keeping what it wrote.
final class MemoryBackend: DeskBackend {
    private(set) var state: DeskState
    private(set) var written: [Recorded] = []
    /// Every entry folded in, by seq: what a journal would hold.
    private var journal: [Int64: Recorded]
    var operatorName = "测试员"
    let journalPath = "/srv/streetdesk/street.journal"
    /// A damaged journal, as a test sets it.
    var damage: JournalDamage?
    /// What a test says the last write left to say.
    var notice: Phrase?
    /// Entries another console "writes": `refresh` folds them in.
    var pending: [DeskCommand] = []

    init(state: DeskState, history: [Recorded] = Fixture.history) {
        self.state = state
        journal = Dictionary(uniqueKeysWithValues: history.map { ($0.seq, $0) })
    }

    func entries(_ seqs: [Int64]) throws -> [Recorded] { seqs.compactMap { journal[$0] } }

    func perform(_ command: DeskCommand, at now: Date) throws -> [Recorded] {
        let events = try state.decide(command, at: now, by: operatorName)
        for event in events {
            let entry = Recorded(seq: state.lastSeq + 1, at: now, operatorName: operatorName, console: "test", event: event)
            state.apply(entry)
            written.append(entry)
            journal[entry.seq] = entry
        }
        return Array(written.suffix(events.count))
    }

    func catchUp() throws -> Bool {
        let commands = pending
        pending = []
        for command in commands { _ = try perform(command, at: state.lastAt ?? Fixture.now) }
        return !commands.isEmpty
    }
}

/// The demo street at a fixed moment: 2026-11-27 14:00 in Beijing.
enum Fixture {
    /// Every fixture officer's PIN.
    static let secret2468 = "2468"
    static let now = Date(timeIntervalSince1970: 1_795_759_200)
    static let profile = try! DemoProfile.load()
    static let history = DemoHistory.generate(profile: profile, endingAt: now).recorded()
    static let state = DeskState(replaying: history)

    static func app(_ language: Language = .zh) -> (DeskApp, MemoryBackend) {
        let backend = MemoryBackend(state: state)
        let app = DeskApp(backend: backend, language: language, theme: try! Theme.load(name: "dark"), clock: { now },
                          signOnCheck: SignOnCheck { _, secret in secret == Fixture.secret2468 })
        return (app, backend)
    }
}

extension DeskApp {
    /// Presses each key in turn.
    func press(_ keys: Key...) {
        for key in keys { _ = handle(key) }
    }

    /// Types text as an input method delivers it: one character at a time.
    func type(_ text: String) {
        for character in text { _ = handle(.char(character)) }
    }

    func text(width: Int = 80, height: Int = 24) -> String {
        render(width: width, height: height).rows().joined(separator: "\n")
    }
}
