import DeskCore
import GRDB

extension Journal {
    /// Entries after `seq` in order, at most `limit` of them, every column as stored.
    /// Throws `JournalDamage` (`.malformedTime`) for an entry whose time text StreetDesk did not write, and
    /// SQLite's `DatabaseError`.
    public func entries(after seq: Int64, limit: Int? = nil) throws -> [JournalEntry] {
        try queue.read { db in try Self.entries(db, after: seq, limit: limit) }
    }

    /// The seq of the newest entry; 0 when the journal is empty.
    public func lastSeq() throws -> Int64 {
        try queue.read { db in try Self.lastSeq(db) }
    }

    static func entries(_ db: Database, after seq: Int64, limit: Int?) throws -> [JournalEntry] {
        var entries: [JournalEntry] = []
        try forEachEntry(db, columns: EntryColumn.all, after: seq, limit: limit) { row in
            let seq = row.int64(.seq)
            guard let milliseconds = JournalTime.milliseconds(utf8: row.text(.at)) else {
                throw JournalDamage(seq: seq, problem: .malformedTime)
            }
            entries.append(JournalEntry(
                seq: seq, at: JournalTime.date(milliseconds: milliseconds), atText: row.string(.at),
                operatorName: row.string(.operatorName), console: row.string(.console), kind: row.string(.kind),
                payload: row.string(.payload), previousHash: row.string(.previousHash), hash: row.string(.hash)))
            return true
        }
        return entries
    }

    static func lastSeq(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM entries") ?? 0
    }
}
