import Crypto
import Foundation
import GRDBSQLite

/// What the journal's figures are judged against, measured in the same run on the same disk:
/// plain SQLite and a plain hashing loop, with nothing of StreetDesk in between.
enum Baselines {
    /// A connection through the SQLite C API, closed when released.
    final class Connection {
        let db: OpaquePointer

        init(_ path: String) throws {
            var handle: OpaquePointer?
            guard sqlite3_open_v2(path, &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nil) == SQLITE_OK, let handle else {
                throw BenchError("cannot open \(path)")
            }
            db = handle
        }

        deinit { sqlite3_close_v2(db) }

        func execute(_ sql: String) throws {
            guard sqlite3_exec(db, sql, nil, nil, nil) == SQLITE_OK else { throw error(sql) }
        }

        func prepare(_ sql: String) throws -> OpaquePointer {
            var statement: OpaquePointer?
            guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK, let statement else { throw error(sql) }
            return statement
        }

        func error(_ sql: String) -> BenchError { BenchError("\(sql): \(String(cString: sqlite3_errmsg(db)))") }
    }

    /// One durable single-row commit into a scratch table: WAL, synchronous=FULL, BEGIN IMMEDIATE,
    /// as the journal writes, with a row the size of an intake entry.
    final class RawCommit {
        let connection: Connection
        let insert: OpaquePointer
        let row = String(repeating: "诉求", count: 150)

        init(scratch path: String) throws {
            connection = try Connection(path)
            try connection.execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;")
            try connection.execute("CREATE TABLE IF NOT EXISTS scratch (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
            insert = try connection.prepare("INSERT INTO scratch (body) VALUES (?)")
        }

        deinit { sqlite3_finalize(insert) }

        func commit() throws {
            try connection.execute("BEGIN IMMEDIATE")
            sqlite3_bind_text(insert, 1, row, -1, unsafeBitCast(-1, to: sqlite3_destructor_type.self))
            guard sqlite3_step(insert) == SQLITE_DONE else { throw connection.error("INSERT") }
            sqlite3_reset(insert)
            try connection.execute("COMMIT")
        }
    }

    /// Reads every entry and recomputes its hash as `ChainHash` specifies (netstrings of the
    /// previous hash, seq and the stored fields, SHA-256, lowercase hex), checking each link:
    /// one reused buffer per row, one SHA-256 call, no strings. Returns the entries that matched.
    static func hashLoop(journal path: String) throws -> Int {
        let connection = try Connection(path)
        let select = try connection.prepare(
            "SELECT seq, at, operator, console, kind, payload, previous_hash, hash FROM entries ORDER BY seq")
        defer { sqlite3_finalize(select) }
        var previous = Array(repeating: UInt8(ascii: "0"), count: 64)
        var message = [UInt8]()
        var seq = [UInt8]()
        var matched = 0
        func column(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
            UnsafeBufferPointer(start: sqlite3_column_text(select, i), count: Int(sqlite3_column_bytes(select, i)))
        }
        while sqlite3_step(select) == SQLITE_ROW {
            guard column(6).elementsEqual(previous) else { break }
            message.removeAll(keepingCapacity: true)
            netstring(column(6), to: &message)
            seq.removeAll(keepingCapacity: true)
            appendDecimal(Int(sqlite3_column_int64(select, 0)), to: &seq)
            netstring(seq, to: &message)
            for i: Int32 in 1...5 { netstring(column(i), to: &message) }
            for (i, byte) in message.withUnsafeBytes({ SHA256.hash(data: $0) }).enumerated() {
                previous[2 * i] = digits[Int(byte >> 4)]
                previous[2 * i + 1] = digits[Int(byte & 0x0f)]
            }
            guard column(7).elementsEqual(previous) else { break }
            matched += 1
        }
        return matched
    }

    private static let digits = Array("0123456789abcdef".utf8)

    private static func netstring(_ field: some Collection<UInt8>, to bytes: inout [UInt8]) {
        appendDecimal(field.count, to: &bytes)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: field)
        bytes.append(UInt8(ascii: ","))
    }

    private static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
