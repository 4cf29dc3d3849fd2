import DeskCore
import Foundation
import GRDB

/// The append-only, hash-chained event journal in one SQLite file (docs/journal-format.md).
///
/// Each instance holds one connection. Several instances — in one process or in several consoles' processes —
/// may append to the same file at once: every write is a `BEGIN IMMEDIATE` transaction that reads the chain's
/// end and appends after it while holding the write lock, and waits up to `busyTimeout` for that lock.
public final class Journal: Sendable {
    public let path: String
    /// The zone entry times are written in.
    public let timeZone: TimeZone
    let queue: DatabaseQueue

    /// Beijing time (`StreetCalendar.beijing`).
    public static let defaultTimeZone = StreetCalendar.beijing

    /// How long a write waits for other consoles' writes before failing: long enough for any burst of
    /// appends, short enough that a truly stuck lock is reported.
    public static let busyTimeout: TimeInterval = 10

    private init(path: String, timeZone: TimeZone, queue: DatabaseQueue) {
        self.path = path
        self.timeZone = timeZone
        self.queue = queue
    }

    /// Creates a new, empty journal. Refuses to touch an existing file; creates missing parent directories.
    public static func create(at path: String, timeZone: TimeZone = defaultTimeZone) throws -> Journal {
        try JournalFile.createExclusively(path)
        do {
            let queue = try connect(path)
            // Migrate before switching to WAL so the header, application_id included, is in the main file at once.
            try Schema.migrator.migrate(queue)
            try queue.write(indexOrders)
            try queue.writeWithoutTransaction { try useWAL($0, path: path) }
            return Journal(path: path, timeZone: timeZone, queue: queue)
        } catch {
            // The file is ours (O_EXCL) and unusable: remove it so that creating again can succeed.
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
    }

    /// Opens an existing journal, bringing its schema up to date; with `readOnly`, for reading only, writing
    /// nothing at all (not even the schema), so that a journal on a read-only disk or in a read-only
    /// directory can be audited.
    public static func open(at path: String, timeZone: TimeZone = defaultTimeZone, readOnly: Bool = false) throws -> Journal {
        try JournalFile.checkIsJournal(path)
        if readOnly { return Journal(path: path, timeZone: timeZone, queue: try connectReadOnly(path)) }
        let queue = try storage(path) { try connect(path) }
        try storage(path) {
            if try queue.read({ try Schema.migrator.hasBeenSuperseded($0) }) {
                throw JournalError.newerVersion(path: path)
            }
            try Schema.migrator.migrate(queue)
            try queue.write(indexOrders)
            try queue.writeWithoutTransaction { try useWAL($0, path: path) }
        }
        return Journal(path: path, timeZone: timeZone, queue: queue)
    }

    /// Closes the connection; the journal cannot be used after.
    func close() throws { try queue.close() }

    private static func connect(_ path: String, readOnly: Bool = false) throws -> DatabaseQueue {
        var configuration = Configuration()
        configuration.label = "StreetDesk.Journal"
        configuration.busyMode = .timeout(busyTimeout)
        configuration.readonly = readOnly
        // An appended entry survives power loss once append returns.
        if !readOnly { configuration.prepareDatabase { try $0.execute(sql: "PRAGMA synchronous = FULL") } }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    /// A reader of a WAL journal needs its -shm file, and creates it when no console has the journal open.
    /// In a read-only directory (or on a read-only disk) it cannot, and no console can be writing there:
    /// the file is then read as immutable — unless a -wal file holds entries not yet folded into it,
    /// which an immutable reader would not see.
    private static func connectReadOnly(_ path: String) throws -> DatabaseQueue {
        var queue: DatabaseQueue
        do {
            queue = try connect(path, readOnly: true)
            try queue.read { _ = try $0.tableExists("entries") }
        } catch where !JournalFile.directoryIsWritable(path) && !JournalFile.hasUnfoldedLog(path) {
            queue = try storage(path) { try connect(JournalFile.immutableURI(path), readOnly: true) }
        } catch {
            throw JournalError.storage(error, path: path)
        }
        try storage(path) {
            try queue.read { db in
                if try Schema.migrator.hasBeenSuperseded(db) { throw JournalError.newerVersion(path: path) }
                guard try Schema.migrator.hasCompletedMigrations(db) else { throw JournalError.olderVersion(path: path) }
            }
        }
        return queue
    }

    /// WAL lets every console read while one appends. The mode is stored in the file, so this writes only on
    /// creation or when a tool has switched it off. (GRDB's own WAL set-up is not used: it lowers
    /// `synchronous` and writes a dummy table on every open.)
    private static func useWAL(_ db: Database, path: String) throws {
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" else { return }
        guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
            throw JournalError.cannotAccess(path: path, detail: "cannot switch the journal to WAL mode")
        }
    }
}
