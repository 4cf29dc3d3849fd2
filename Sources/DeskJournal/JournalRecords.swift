import DeskCore
import GRDB

extension Journal {
    /// Entries per read transaction: large enough that a transaction's cost vanishes, small enough to keep
    /// little in memory and let other work on this journal run in between.
    static let recordedBatchSize = 2000

    /// Every entry after `seq`, in order, as the event the desk folds — replay's read. Only the six columns an
    /// event needs are read, by index, and times and payloads are parsed from SQLite's bytes without copying
    /// them into strings first.
    ///
    /// Reads in batches, each in its own read transaction, and calls `body` between them, outside the database:
    /// `body` may use this journal. Entries appended meanwhile are read too. `body` returns false to stop.
    ///
    /// - Throws: `JournalError.unreadableEntry(seq:)` for an entry whose time text StreetDesk did not write;
    ///   `JournalSessionError.unreadableEntry(seq:detail:)` for an entry of an unknown kind or whose payload does not
    ///   decode, with the decoder's detail; SQLite's `DatabaseError`; and whatever `body` throws. Before an
    ///   unreadable entry's error, `body` has been given every entry before it.
    public func forEachRecorded(after seq: Int64, _ body: (Recorded) throws -> Bool) throws {
        var after = seq
        while true {
            let batch = try queue.read { db in Self.recorded(db, after: after, limit: Self.recordedBatchSize) }
            for recorded in batch.read { guard try body(recorded) else { return } }
            if let failure = batch.failure { throw failure }
            guard let last = batch.read.last else { return }
            after = last.seq
        }
    }

    /// Up to `limit` entries after `seq`, stopping at the first that cannot be read, with its error.
    private static func recorded(_ db: Database, after seq: Int64, limit: Int) -> (read: [Recorded], failure: (any Error)?) {
        var read: [Recorded] = []
        read.reserveCapacity(limit)
        do {
            try forEachEntry(db, columns: EntryColumn.event, after: seq, limit: limit) { row in
                read.append(try recorded(row))
                return true
            }
            return (read, nil)
        } catch {
            return (read, error)
        }
    }

    private static func recorded(_ row: EntryRow) throws -> Recorded {
        let seq = row.int64(.seq)
        guard let milliseconds = JournalTime.milliseconds(utf8: row.text(.at)) else {
            throw JournalError.unreadableEntry(seq: seq)
        }
        let event: DeskEvent
        do {
            event = try EventCoding.decode(kind: row.string(.kind), utf8: row.text(.payload))
        } catch {
            throw JournalSessionError.unreadableEntry(seq: seq, detail: error.description)
        }
        return Recorded(seq: seq, at: JournalTime.date(milliseconds: milliseconds), operatorName: row.string(.operatorName),
                        console: row.string(.console), event: event)
    }
}
