import DeskCore
import Foundation

/// One console's view of a journal: the folded state, kept current, and the one way to act
/// on it. Every command is decided inside the journal's write transaction against every
/// entry written so far, by any console, so two consoles can never act on a stale state.
public final class DeskSession: DeskBackend {
    public let journal: Journal
    public var operatorName: String
    public let console: String
    public private(set) var state: DeskState
    /// A checkpoint is written once this many entries have been folded in since the last one
    /// (a default: about three days of a busy street), so that opening never replays more.
    public var checkpointEvery = DeskSession.defaultCheckpointEvery
    public static let defaultCheckpointEvery: Int64 = 20_000
    /// The seq of the newest checkpoint this session knows of.
    public private(set) var checkpointSeq: Int64

    /// What the last `perform` left to say beside its entries: a handover whose seal could not be written.
    public private(set) var notice: Phrase?

    /// Settled cases still being read in the background; nil once adopted.
    private var settled: SettledCases?
    /// How far the chain has been checked, and the first damage found.
    private var reader: CheckedFold

    /// The first entry that cannot be trusted or read: `state` is the state before it, and nothing more is
    /// written or read (`perform` throws it). Nil while the journal is sound.
    public var damage: JournalDamage? { reader.damage }

    /// Opens a session on `journal`: the newest usable checkpoint, then the entries after it.
    /// With `settledInBackground` (the desk), the settled history is read on a second thread
    /// while the boards, which never show it, draw from the rest; anything that needs a settled
    /// case (a command, an entry from another console, a checkpoint) waits for it.
    public init(journal: Journal, operatorName: String, console: String, settledInBackground: Bool = false) throws {
        self.journal = journal
        self.operatorName = operatorName
        self.console = console
        var passedOver = false
        if settledInBackground, let (hot, stamp) = try journal.loadHotCheckpoint(skipped: { _, _ in passedOver = true }) {
            state = hot
            settled = SettledCases(stamp, path: journal.path, timeZone: journal.timeZone, total: hot.counts.cases)
        } else {
            state = try journal.loadCheckpoint(skipped: { _, _ in passedOver = true }) ?? DeskState()
        }
        checkpointSeq = state.lastSeq
        // The checkpoint's stamp equals its entry's hash: the chain is checked from there (`CheckedFold`).
        reader = try CheckedFold(journal, from: state.lastSeq)
        try refresh()
        // A long tail is folded once, not at every opening; a checkpoint passed over is rebuilt.
        if passedOver { checkpointSeq = 0 }
        try? saveCheckpointIfDue(soon: passedOver)
    }

    /// Whether every record is in `state` (the settled history has been adopted).
    public var isComplete: Bool { settled == nil }

    /// Adopts the settled cases, waiting for them if `wait`; when they cannot be read, restores
    /// the whole state again from the checkpoints and the chain.
    public func completeRestore(wait: Bool = true) throws {
        guard let pending = settled, wait || pending.isReady else { return }
        settled = nil
        do {
            state.adopt(settled: try pending.take())
        } catch {
            let folded = state.lastSeq
            state = try journal.loadCheckpoint() ?? DeskState()
            try journal.forEachRecorded(after: state.lastSeq) { entry in
                guard entry.seq <= folded else { return false }
                state.apply(entry)
                return true
            }
        }
    }

    /// The state as it stood at `asOf` (every entry up to that moment), or now: from the newest
    /// checkpoint taken by then, and the entries after it. Entry times never go back in journal
    /// order (`DeskState.entryTime`), so "up to that moment" is a prefix of the journal; in a
    /// journal written before that rule, an entry counts from the latest time before it.
    /// The chain is checked after the checkpoint; the state stops before any damage, which is returned with it.
    public static func replay(_ journal: Journal, asOf: Date? = nil) throws -> (state: DeskState, damage: JournalDamage?) {
        var bound: Int64?  // nil: the newest checkpoint; 0: none
        if let asOf {
            bound = 0
            for stamp in try journal.checkpoints() {
                if let at = try journal.entries(after: stamp.seq - 1, limit: 1).first?.at, at <= asOf {
                    bound = stamp.seq
                    break
                }
            }
        }
        var state = bound == 0 ? DeskState() : try journal.loadCheckpoint(atOrBefore: bound) ?? DeskState()
        var reader = try CheckedFold(journal, from: state.lastSeq)
        try reader.advance(journal, after: state.lastSeq) { entry in
            if let asOf, entry.at > asOf { return false }
            try state.applyChecked(entry)
            return true
        }
        return (state, reader.damage)
    }

    /// The state rebuilt from entry 1 through `seq` (the end when nil), ignoring every
    /// checkpoint: what a checkpoint must equal.
    public static func replayFromStart(_ journal: Journal, through seq: Int64? = nil) throws -> DeskState {
        var state = DeskState()
        try journal.forEachRecorded(after: 0) { entry in
            if let seq, entry.seq > seq { return false }
            try state.applyChecked(entry)
            return true
        }
        return state
    }

    /// Saves the state as a checkpoint when `checkpointEvery` entries have come in since the
    /// last one (or, `soon`, a tenth of that: at a clean exit).
    /// Nothing is written to a damaged journal, checkpoints included.
    public func saveCheckpointIfDue(soon: Bool = false) throws {
        guard damage == nil, state.lastSeq - checkpointSeq >= (soon ? max(1, checkpointEvery / 10) : checkpointEvery) else { return }
        try completeRestore()  // a checkpoint holds every record
        try journal.saveCheckpoint(state)
        checkpointSeq = state.lastSeq
    }

    /// Decides `command` at `now` and writes its events; returns them as recorded.
    /// A refused command throws `DeskError` and writes nothing. The live state is changed in
    /// place — other consoles' entries first, then what was written — never copied whole.
    @discardableResult
    public func perform(_ command: DeskCommand, at now: Date) throws -> [Recorded] {
        let now = now.roundedToMilliseconds
        notice = nil
        if let damage { throw damage }
        try completeRestore()
        do {
            let result = try journal.append(after: state.lastSeq) { db, caughtUp in
                // Entries other consoles committed are the record whatever this command's fate, once the chain
                // vouches for them; damage among them is found again by `refresh` below, and refuses the command.
                if !caughtUp.isEmpty { try self.reader.check(db) }
                for entry in caughtUp { try self.state.applyChecked(try Self.recorded(entry)) }
                let at = self.state.entryTime(now)
                let events = try self.state.decide(command, at: at, by: self.operatorName)
                return (events.map { Self.newEntry($0, at: at, by: self.operatorName, from: self.console) }, ())
            }
            // Fold what was written, read back, so the live state is exactly a replay's.
            let written = try result.appended.map(Self.recorded)
            for entry in written { state.apply(entry) }
            notice = SealFiles.sealAfterHandover(written, on: journal, by: operatorName)
            try? saveCheckpointIfDue()  // derived data: a failure here loses nothing
            return written
        } catch {
            _ = try? refresh()
            throw error
        }
    }

    /// Decides each command in turn, each on the state the ones before it left, and writes all they
    /// decided in one transaction (nothing when `dryRun`): a refused command writes nothing and the
    /// rest go on, as an import needs. Returns each command's events, or why it was refused.
    /// `checkpoint: false` leaves the checkpoint to the caller: an import of many chunks saves one at its end.
    public func performEach(_ commands: [DeskCommand], at now: Date, dryRun: Bool = false,
                            checkpoint: Bool = true) throws -> [Result<[DeskEvent], DeskError>] {
        let now = now.roundedToMilliseconds
        try completeRestore()
        do {
            var decided: DeskState?
            let result = try journal.append(after: state.lastSeq) { caughtUp in
                for entry in caughtUp { self.state.apply(try Self.recorded(entry)) }
                var working = self.state
                let at = working.entryTime(now)
                var entries = [NewEntry]()
                let outcomes = commands.map { command -> Result<[DeskEvent], DeskError> in
                    do throws(DeskError) {
                        let events = try working.decide(command, at: at, by: self.operatorName)
                        for event in events {
                            working.apply(Recorded(seq: working.lastSeq + 1, at: at, operatorName: self.operatorName,
                                                   console: self.console, event: event))
                            entries.append(Self.newEntry(event, at: at, by: self.operatorName, from: self.console))
                        }
                        return .success(events)
                    } catch {
                        return .failure(error)
                    }
                }
                decided = working
                return (dryRun ? [] : entries, outcomes)
            }
            // The working state folded exactly what was written: taken as it is rather than folding the
            // written entries again (decoding every payload is most of that cost on a large import).
            if let decided, !result.appended.isEmpty, result.appended.last?.seq == decided.lastSeq {
                state = decided
            } else {
                for entry in result.appended { state.apply(try Self.recorded(entry)) }
            }
            if checkpoint { try? saveCheckpointIfDue() }
            return result.value
        } catch {
            _ = try? refresh()
            throw error
        }
    }

    /// Writes entries decided elsewhere (the demo history) into an empty journal, in one transaction.
    public func write(_ pending: [PendingEntry]) throws {
        let entries = pending.map { NewEntry(at: $0.at, operatorName: $0.operatorName, console: $0.console,
                                             kind: $0.event.kind, payload: EventCoding.encode($0.event)) }
        guard state.lastSeq == 0 else { throw JournalSessionError.journalNotEmpty }
        _ = try journal.append(after: 0) { caughtUp in
            guard caughtUp.isEmpty else { throw JournalSessionError.journalNotEmpty }
            return (entries, ())
        }
        _ = try refresh()
    }

    public var journalPath: String { journal.path }

    /// True when entries arrived, or damage was found among them (the desk redraws to show it).
    public func catchUp() throws -> Bool {
        let known = damage
        return try refresh() > 0 || damage != known
    }

    /// Reads the entries with these seqs from the journal: a detail's timeline.
    public func entries(_ seqs: [Int64]) throws -> [Recorded] {
        try seqs.flatMap { try journal.entries(after: $0 - 1, limit: 1).map(Self.recorded) }
    }

    /// Folds in entries other consoles wrote since the last look; returns how many.
    @discardableResult
    public func refresh() throws -> Int {
        try completeRestore(wait: false)
        var count = 0
        try reader.advance(journal, after: state.lastSeq) { entry in
            // An entry about a case not restored yet waits for the settled history; a new case's own intake does not.
            if !isComplete, entry.event.casesChanged.contains(where: { id in
                if case .caseTakenIn(let e) = entry.event, e.id == id { return false }
                return state.cases[id] == nil
            }) { try completeRestore() }
            try state.applyChecked(entry)
            count += 1
            return true
        }
        return count
    }

    static func newEntry(_ event: DeskEvent, at now: Date, by operatorName: String, from console: String) -> NewEntry {
        NewEntry(at: now, operatorName: operatorName, console: console, kind: event.kind, payload: EventCoding.encode(event))
    }

    /// - Throws: `JournalDamage` when the entry does not decode.
    static func recorded(_ entry: JournalEntry) throws -> Recorded {
        do {
            let event = try EventCoding.decode(kind: entry.kind, payload: entry.payload)
            return Recorded(seq: entry.seq, at: entry.at, operatorName: entry.operatorName, console: entry.console, event: event)
        } catch {
            throw JournalDamage(seq: entry.seq, error)
        }
    }
}

public enum JournalSessionError: Error, Equatable, CustomStringConvertible {
    case journalNotEmpty

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let phrase: Phrase = switch self {
        case .journalNotEmpty:
            Phrase("日志不是空的，不能写入演示数据", "the journal is not empty: demo history is only written to a new journal")
        }
        return phrase(language)
    }
}
