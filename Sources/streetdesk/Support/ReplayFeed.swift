import DeskCore
import DeskJournal
import DeskTraining
import Foundation

/// A real journal's history played onto a practice journal (`streetdesk replay`): first the
/// entries of what was open at the start, then, as the simulated clock reaches them, the entries
/// written after it, each copied by `ReplayCopy` (masked, renumbered) from the console
/// `scenario/SEQ` (SEQ its number in the real journal), so that scoring tells them from the trainee's.
final class ReplayFeed {
    /// The open work's entries, from before the start.
    let opening: [Recorded]
    /// The entries from the start on, oldest first.
    private let window: [Recorded]
    private var next = 0
    private var copy = ReplayCopy()
    private var session: DeskSession?

    init(opening: [Recorded], window: [Recorded]) {
        self.opening = opening
        self.window = window
    }

    /// When the practice journal opens: its first entry, before the open work's.
    func opensAt(_ start: Date) -> Date { min(opening.first?.at ?? start, start) }

    /// Writes the open work's entries onto `journal`, which holds the street and the mark.
    func open(_ journal: Journal, trainee: String) throws {
        session = try DeskSession(journal: journal, operatorName: trainee, console: Paths.consoleName)
        try write(opening, to: journal)
    }

    /// Writes the entries whose time has come.
    func playDue(at now: Date, to journal: Journal) throws {
        let first = next
        while next < window.count, window[next].at <= now { next += 1 }
        try write(Array(window[first..<next]), to: journal)
    }

    /// Copies `entries` after what the practice journal holds (the trainee's entries included)
    /// and appends them in one transaction.
    private func write(_ entries: [Recorded], to journal: Journal) throws {
        guard let session, !entries.isEmpty else { return }
        try session.refresh()
        var state = session.state
        var written = [NewEntry]()
        for entry in entries {
            guard let event = copy.copy(entry.event, counts: state.counts) else { continue }
            let at = state.entryTime(entry.at)
            let console = ScriptPlayer.console(Int(entry.seq))
            state.apply(Recorded(seq: state.lastSeq + 1, at: at, operatorName: entry.operatorName, console: console, event: event))
            written.append(NewEntry(at: at, operatorName: entry.operatorName, console: console, kind: event.kind, payload: EventCoding.encode(event)))
        }
        try journal.append(written)
    }
}
