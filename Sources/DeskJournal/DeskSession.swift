import DeskCore
import Foundation

/// One console's view of a journal: the folded state, kept current, and the one way to act
/// on it. Every command is decided inside the journal's write transaction against every
/// entry written so far, by any console, so two consoles can never act on a stale state.
public final class DeskSession: DeskBackend {
    public let journal: Journal
    public let operatorName: String
    public let console: String
    public private(set) var state: DeskState

    /// Opens a session on `journal`, folding every entry in it.
    public init(journal: Journal, operatorName: String, console: String) throws {
        self.journal = journal
        self.operatorName = operatorName
        self.console = console
        state = try Self.replay(journal)
    }

    /// The state as it stood at `asOf` (every entry up to that moment), or now.
    public static func replay(_ journal: Journal, asOf: Date? = nil) throws -> DeskState {
        var state = DeskState()
        var after: Int64 = 0
        while true {
            let batch = try journal.entries(after: after, limit: 5000)
            for entry in batch {
                if let asOf, entry.at > asOf { return state }
                state.apply(try recorded(entry))
            }
            guard let last = batch.last else { return state }
            after = last.seq
        }
    }

    /// Decides `command` at `now` and writes its events; returns them as recorded.
    /// A refused command throws `DeskError` and writes nothing. The live state is changed in
    /// place — other consoles' entries first, then what was written — never copied whole.
    @discardableResult
    public func perform(_ command: DeskCommand, at now: Date) throws -> [Recorded] {
        let now = now.roundedToMilliseconds
        do {
            let result = try journal.append(after: state.lastSeq) { caughtUp in
                // Entries other consoles committed are the record whatever this command's fate.
                for entry in caughtUp { self.state.apply(try Self.recorded(entry)) }
                let events = try self.state.decide(command, at: now, by: self.operatorName)
                return (events.map { self.newEntry($0, at: now) }, ())
            }
            // Fold what was written, read back, so the live state is exactly a replay's.
            let written = try result.appended.map(Self.recorded)
            for entry in written { state.apply(entry) }
            return written
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

    public func catchUp() throws -> Bool { try !refresh().isEmpty }

    /// Reads the entries with these seqs from the journal: a detail's timeline.
    public func entries(_ seqs: [Int64]) throws -> [Recorded] {
        try seqs.flatMap { try journal.entries(after: $0 - 1, limit: 1).map(Self.recorded) }
    }

    /// Folds in entries other consoles wrote since the last look; returns them.
    @discardableResult
    public func refresh() throws -> [Recorded] {
        let fresh = try journal.entries(after: state.lastSeq).map(Self.recorded)
        for entry in fresh { state.apply(entry) }
        return fresh
    }

    private func newEntry(_ event: DeskEvent, at now: Date) -> NewEntry {
        NewEntry(at: now, operatorName: operatorName, console: console, kind: event.kind, payload: EventCoding.encode(event))
    }

    static func recorded(_ entry: JournalEntry) throws -> Recorded {
        do {
            let event = try EventCoding.decode(kind: entry.kind, payload: entry.payload)
            return Recorded(seq: entry.seq, at: entry.at, operatorName: entry.operatorName, console: entry.console, event: event)
        } catch {
            throw JournalSessionError.unreadableEntry(seq: entry.seq, detail: error.description)
        }
    }
}

public enum JournalSessionError: Error, Equatable, CustomStringConvertible {
    case unreadableEntry(seq: Int64, detail: String)
    case journalNotEmpty

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        switch self {
        case .unreadableEntry(let seq, let detail):
            language == .zh ? "日志第 \(seq) 条无法读取：\(detail)" : "journal entry \(seq) cannot be read: \(detail)"
        case .journalNotEmpty:
            language == .zh ? "日志不是空的，不能写入演示数据" : "the journal is not empty: demo history is only written to a new journal"
        }
    }
}
