import GRDB
import GRDBSQLite

/// The `entries` columns in the order every reader selects them, so that an index names the same column in each
/// query, and readers take only the leading columns they need.
enum EntryColumn: Int32 {
    case seq, at, operatorName, console, kind, payload, previousHash, hash

    /// Everything stored.
    static let all = "seq, at, operator, console, kind, payload, previous_hash, hash"
    /// What an event needs: `seq` through `payload`.
    static let event = "seq, at, operator, console, kind, payload"
}

/// The current row of a stepping statement, read by column index straight from SQLite: no name lookup, no
/// `DatabaseValue`, and text as the stored UTF-8 bytes, so readers make a `String` only of what they keep.
struct EntryRow {
    let statement: SQLiteStatement

    func int64(_ column: EntryColumn) -> Int64 { sqlite3_column_int64(statement, column.rawValue) }

    /// Valid until the statement steps again.
    func text(_ column: EntryColumn) -> UnsafeBufferPointer<UInt8> {
        // sqlite3_column_text first: it may convert the value, which changes what sqlite3_column_bytes reports.
        let start = sqlite3_column_text(statement, column.rawValue)
        return UnsafeBufferPointer(start: start, count: Int(sqlite3_column_bytes(statement, column.rawValue)))
    }

    func string(_ column: EntryColumn) -> String { String(decoding: text(column), as: UTF8.self) }
}

extension Journal {
    /// Steps through the entries after `seq` in order, at most `limit` of them, selecting `columns`
    /// (`EntryColumn.all` or `.event`), until `body` returns false.
    static func forEachEntry(
        _ db: Database, columns: String, after seq: Int64, limit: Int?, _ body: (EntryRow) throws -> Bool
    ) throws {
        let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM entries WHERE seq > ? ORDER BY seq LIMIT ?")
        let cursor = try Row.fetchCursor(statement, arguments: [seq, limit ?? -1])
        let row = EntryRow(statement: statement.sqliteStatement)
        while try cursor.next() != nil {
            guard try body(row) else { return }
        }
    }
}
