import DeskCore
import Foundation
import GRDB

extension DeskSession {
    /// Decides and writes one command the way `streetdesk do` does, without restoring the whole
    /// street: inside the write transaction, the newest checkpoint's header and the few records
    /// the command names, then the entries after the checkpoint, then the decision. Its cost
    /// follows the entries since the checkpoint, not the history. With no usable checkpoint, or
    /// more than `defaultCheckpointEvery` entries after it, it opens a whole session instead and leaves a
    /// fresh checkpoint behind.
    /// - Throws: `DeskError` when the command is refused (nothing is written); `JournalDamage` when the
    ///   journal is damaged (nothing is written); the journal's errors.
    public static func performOnce(_ command: DeskCommand, on journal: Journal, operatorName: String, console: String,
                                   at now: Date, notice: (Phrase) -> Void = { _ in }) throws -> [Recorded] {
        let now = now.roundedToMilliseconds
        if let stamp = try journal.checkpoints().first {
            do {
                let result = try journal.append(after: stamp.seq) { db, tail in
                    guard tail.count < DeskSession.defaultCheckpointEvery else { throw Fallback() }
                    let later = try tail.map(Self.recorded)
                    var state: DeskState
                    do {
                        state = try Journal.partialCheckpoint(db, stamp) { $0.linked(command.records, later: later) }
                    } catch is Journal.CheckpointProblem {
                        throw Fallback()
                    }
                    // The chain from the checkpoint's entry, which the stamp matched: damage refuses the command.
                    var reader = CheckedFold(verified: ChainPoint(seq: stamp.seq, hash: stamp.hash))
                    try reader.check(db)
                    for entry in later { try state.applyChecked(entry) }
                    let at = state.entryTime(now)
                    let events = try state.decide(command, at: at, by: operatorName)
                    return (events.map { Self.newEntry($0, at: at, by: operatorName, from: console) }, ())
                }
                let written = try result.appended.map(Self.recorded)
                SealFiles.sealAfterHandover(written, on: journal, by: operatorName).map(notice)
                return written
            } catch is Fallback {}
        }
        let whole = try DeskSession(journal: journal, operatorName: operatorName, console: console)
        let written = try whole.perform(command, at: now)
        whole.notice.map(notice)
        try whole.saveCheckpointIfDue(soon: true)
        return written
    }

    /// The checkpoint cannot serve this command: open the whole session.
    private struct Fallback: Error {}
}
