import GRDB

extension Journal {
    /// Entries after `seq` in order, at most `limit` of them.
    public func entries(after seq: Int64, limit: Int? = nil) throws -> [JournalEntry] {
        try queue.read { db in try Self.entries(db, after: seq, limit: limit) }
    }

    /// The seq of the newest entry; 0 when the journal is empty.
    public func lastSeq() throws -> Int64 {
        try queue.read { db in try Self.lastSeq(db) }
    }

    static let columns = "seq, at, operator, console, kind, payload, previous_hash, hash"

    static func entries(_ db: Database, after seq: Int64, limit: Int?) throws -> [JournalEntry] {
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(columns) FROM entries WHERE seq > ? ORDER BY seq LIMIT ?",
            arguments: [seq, limit ?? -1])
        var entries: [JournalEntry] = []
        while let row = try rows.next() {
            let seq: Int64 = try row.decode(forColumn: "seq")
            let atText: String = try row.decode(forColumn: "at")
            guard let milliseconds = JournalTime.milliseconds(text: atText) else {
                throw JournalError.unreadableEntry(seq: seq)
            }
            entries.append(JournalEntry(
                seq: seq, at: JournalTime.date(milliseconds: milliseconds), atText: atText,
                operatorName: try row.decode(forColumn: "operator"), console: try row.decode(forColumn: "console"),
                kind: try row.decode(forColumn: "kind"), payload: try row.decode(forColumn: "payload"),
                previousHash: try row.decode(forColumn: "previous_hash"), hash: try row.decode(forColumn: "hash")))
        }
        return entries
    }

    static func lastSeq(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT ifnull(max(seq), 0) FROM entries") ?? 0
    }
}
