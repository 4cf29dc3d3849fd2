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
    /// Reads in batches, each in its own read transaction, and calls `body` outside the database: `body` may use
    /// this journal, and entries appended meanwhile, by `body` too, are read. While `body` works through one
    /// batch, the next is read and decoded on another thread. `body` returns false to stop.
    ///
    /// - Throws: `JournalDamage` for an entry whose time text StreetDesk did not write, of an unknown kind, or whose
    ///   payload does not decode (with the decoder's detail); SQLite's `DatabaseError`; and whatever `body` throws. Before an
    ///   unreadable entry's error, `body` has been given every entry before it.
    public func forEachRecorded(after seq: Int64, _ body: (Recorded) throws -> Bool) throws {
        var after = seq
        while true {
            // Read here first: a catch-up of a few entries needs no thread, and an empty read is the end.
            let first = recordedBatch(after: after)
            if first.read.isEmpty && first.failure == nil { return }
            guard try deliver(first, to: body, after: &after) else { return }
            guard first.read.count == Self.recordedBatchSize else { continue }
            let ahead = RecordedReadAhead(after: after) { [self] in recordedBatch(after: $0) }
            defer { ahead.stop() }
            // Until the read-ahead finds the end, which it may have read before `body` appended more.
            while let batch = ahead.next(), !batch.read.isEmpty || batch.failure != nil {
                guard try deliver(batch, to: body, after: &after) else { return }
            }
        }
    }

    /// Gives `batch` to `body` and moves `after` past it; false when `body` asks to stop. Throws the batch's failure
    /// once the entries before it are given.
    private func deliver(_ batch: RecordedReadAhead.Batch, to body: (Recorded) throws -> Bool, after: inout Int64) throws -> Bool {
        for recorded in batch.read {
            guard try body(recorded) else { return false }
            after = recorded.seq
        }
        if let failure = batch.failure { throw failure }
        return true
    }

    private func recordedBatch(after seq: Int64) -> RecordedReadAhead.Batch {
        do {
            return try queue.read { db in Self.recorded(db, after: seq, limit: Self.recordedBatchSize) }
        } catch {
            return ([], error)
        }
    }

    /// Up to `limit` entries after `seq`, stopping at the first that cannot be read, with its error.
    private static func recorded(_ db: Database, after seq: Int64, limit: Int) -> RecordedReadAhead.Batch {
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
            throw JournalDamage(seq: seq, problem: .malformedTime)
        }
        let event: DeskEvent
        do {
            event = try EventCoding.decode(kind: row.string(.kind), utf8: row.text(.payload))
        } catch {
            throw JournalDamage(seq: seq, error)
        }
        return Recorded(seq: seq, at: JournalTime.date(milliseconds: milliseconds), operatorName: row.string(.operatorName),
                        console: row.string(.console), event: event)
    }
}
