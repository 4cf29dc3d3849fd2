import Crypto
import DeskCore
import Foundation
import GRDB

/// Checkpoints: the folded state saved in the journal file beside the chain, stamped with the
/// seq and hash of the entry it reflects, so that opening a long journal replays only the
/// entries after it. A checkpoint is derived data: one whose stamp does not match the chain,
/// of another format, or whose bytes do not match their digests is ignored, never trusted
/// over the chain; replay from entry 1 always remains possible.
extension Journal {
    /// How many checkpoints are kept; older ones are deleted when a new one is written.
    static let checkpointsKept = 2

    /// A checkpoint as listed: which entry it reflects.
    public struct CheckpointStamp: Sendable, Equatable {
        public let seq: Int64
        public let hash: String
        public let format: Int
    }

    /// Why a checkpoint was not used.
    public enum CheckpointProblem: Error, Equatable, CustomStringConvertible {
        case otherFormat(Int)
        case chainMismatch
        case damaged(String)

        public var description: String {
            switch self {
            case .otherFormat(let format): "written in format \(format), not \(StateArchive.format)"
            case .chainMismatch: "its stamp does not match the journal's entry of that seq"
            case .damaged(let detail): "its data is damaged: \(detail)"
            }
        }
    }

    /// Saves `state` as a checkpoint of the entry it last folded, in one write transaction, and
    /// deletes checkpoints older than the newest few. Does nothing when that entry already has one.
    /// - Throws: `JournalError.beyondEnd` when the journal has no entry `state.lastSeq`; SQLite's errors.
    public func saveCheckpoint(_ state: DeskState, at now: Date = Date()) throws {
        guard state.lastSeq > 0 else { return }
        let header = StateArchive.header(state)
        let figures = StateArchive.figures(state)
        try queue.writeWithoutTransaction { db in
            try db.inTransaction(.immediate) {
                guard let hash = try String.fetchOne(db, sql: "SELECT hash FROM entries WHERE seq = ?", arguments: [state.lastSeq]) else {
                    throw JournalError.beyondEnd(knownSeq: state.lastSeq, lastSeq: try Self.lastSeq(db))
                }
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM checkpoints WHERE seq = ?", arguments: [state.lastSeq]) == nil else {
                    return .commit
                }
                try db.execute(sql: """
                    INSERT INTO checkpoints (seq, hash, format, written_at, header, digest, figures, figures_digest)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [state.lastSeq, hash, StateArchive.format,
                                     JournalTime.text(milliseconds: JournalTime.milliseconds(now), timeZone: timeZone),
                                     Data(header), Self.digest(header), Data(figures), Self.digest(figures)])
                let insert = try db.cachedStatement(sql: """
                    INSERT INTO checkpoint_items (checkpoint, kind, id, ordinal, data, digest, hot) VALUES (?, ?, ?, ?, ?, ?, ?)
                    """)
                try StateArchive.forEachItem(state) { item in
                    try insert.execute(arguments: [state.lastSeq, item.kind.rawValue, item.id, item.ordinal,
                                                   Data(item.bytes), Self.digest(item.bytes), item.hot])
                }
                try db.execute(sql: """
                    DELETE FROM checkpoints WHERE seq NOT IN (SELECT seq FROM checkpoints ORDER BY seq DESC LIMIT ?)
                    """, arguments: [Self.checkpointsKept])
                return .commit
            }
        }
    }

    /// Checkpoints, newest first, whether usable or not.
    public func checkpoints() throws -> [CheckpointStamp] {
        try queue.read { db in try Self.stamps(db, atOrBefore: nil) }
    }

    /// The state saved by the newest usable checkpoint at or before `seq` (any seq when nil),
    /// with every record and its indexes; nil when there is none. Checkpoints that cannot be
    /// used are passed over and reported to `skipped`.
    public func loadCheckpoint(atOrBefore seq: Int64? = nil,
                               skipped: (CheckpointStamp, CheckpointProblem) -> Void = { _, _ in }) throws -> DeskState? {
        try loadCheckpoint(atOrBefore: seq, hotOnly: false, skipped: skipped)?.state
    }

    /// The newest usable checkpoint without its settled cases (`StateArchive.Item.hot`): every
    /// board and figure is right, and `settledCases(of:)` brings the rest.
    public func loadHotCheckpoint(skipped: (CheckpointStamp, CheckpointProblem) -> Void = { _, _ in })
        throws -> (state: DeskState, stamp: CheckpointStamp)? {
        try loadCheckpoint(atOrBefore: nil, hotOnly: true, skipped: skipped)
    }

    private func loadCheckpoint(atOrBefore seq: Int64?, hotOnly: Bool, skipped: (CheckpointStamp, CheckpointProblem) -> Void)
        throws -> (state: DeskState, stamp: CheckpointStamp)? {
        try queue.read { db in
            for stamp in try Self.stamps(db, atOrBefore: seq) {
                do {
                    var restoration = try Self.restoration(db, stamp, complete: true, reserving: !hotOnly)
                    try Self.forEachItem(db, stamp, sql: hotOnly ? "AND hot = 1" : "", arguments: []) { kind, id, bytes in
                        try Self.restoring { try restoration.add(kind, bytes, id: id) }
                    }
                    return (restoration.finished(), stamp)
                } catch let problem as CheckpointProblem {
                    skipped(stamp, problem)
                }
            }
            return nil
        }
    }

    /// The settled cases `loadHotCheckpoint` left out, from the same checkpoint.
    /// - Throws: `CheckpointProblem` when they cannot be read (the checkpoint was pruned or is damaged).
    /// `room`: how many cases the table is to hold in the end (the open ones join it).
    public func settledCases(of stamp: CheckpointStamp, room: Int = 0) throws -> RecordTable<CaseID, Case> {
        try queue.read { db in
            var settled = RecordTable<CaseID, Case>()
            settled.reserveCapacity(room)
            try Self.forEachItem(db, stamp, sql: "AND hot = 0 AND kind = ?", arguments: [StateArchive.Kind.caseRecord.rawValue]) { _, _, bytes in
                let item = try Self.restoring { try StateArchive.settledCase(bytes) }
                settled[item.id] = item
            }
            guard try Int.fetchOne(db, sql: "SELECT 1 FROM checkpoints WHERE seq = ?", arguments: [stamp.seq]) != nil else {
                throw CheckpointProblem.damaged("it was replaced while being read")
            }
            return settled
        }
    }

    /// From the checkpoint `stamp`, its header and only the records `wanted` returns (asked again
    /// for the records those link to, until nothing new is wanted): enough state to decide one
    /// command without restoring the whole street.
    /// - Throws: `CheckpointProblem` when the checkpoint cannot be used; SQLite's errors.
    static func partialCheckpoint(_ db: Database, _ stamp: CheckpointStamp,
                                  wanted: (DeskState) -> [StateArchive.Key]) throws -> DeskState {
        var restoration = try restoration(db, stamp, complete: false)
        var asked = Set<StateArchive.Key>()
        while true {
            let keys = Set(wanted(restoration.finished())).subtracting(asked)
            guard !keys.isEmpty else { return restoration.finished() }
            asked.formUnion(keys)
            for key in keys {
                try forEachItem(db, stamp, sql: "AND kind = ? AND id = ?", arguments: [key.kind.rawValue, key.id]) { kind, id, bytes in
                    try restoring { try restoration.add(kind, bytes, id: id) }
                }
            }
        }
    }

    static func stamps(_ db: Database, atOrBefore seq: Int64?) throws -> [CheckpointStamp] {
        try Row.fetchAll(db, sql: "SELECT seq, hash, format FROM checkpoints WHERE seq <= ? ORDER BY seq DESC",
                         arguments: [seq ?? Int64.max]).map { CheckpointStamp(seq: $0[0], hash: $0[1], format: $0[2]) }
    }

    /// The checkpoint's header, checked against the chain and its digest, as a restoration to add records to.
    private static func restoration(_ db: Database, _ stamp: CheckpointStamp, complete: Bool, reserving: Bool = true) throws -> Restoration {
        guard stamp.format == StateArchive.format else { throw CheckpointProblem.otherFormat(stamp.format) }
        guard try String.fetchOne(db, sql: "SELECT hash FROM entries WHERE seq = ?", arguments: [stamp.seq]) == stamp.hash else {
            throw CheckpointProblem.chainMismatch
        }
        guard let row = try Row.fetchOne(db, sql: "SELECT header, digest FROM checkpoints WHERE seq = ?", arguments: [stamp.seq]) else {
            throw CheckpointProblem.damaged("its header is missing")
        }
        var restoration = try checked(row, data: 0, digest: 1, what: "header") { bytes in
            try restoring { try Restoration(header: bytes, complete: complete, reserving: reserving) }
        }
        // A one-command restore reads no figure: the ledger, most of the bytes, stays on disk.
        guard complete else { return restoration }
        guard let figures = try Row.fetchOne(db, sql: "SELECT figures, figures_digest FROM checkpoints WHERE seq = ?",
                                             arguments: [stamp.seq]) else { throw CheckpointProblem.damaged("its figures are missing") }
        try checked(figures, data: 0, digest: 1, what: "figures") { bytes in try restoring { try restoration.restoreFigures(bytes) } }
        return restoration
    }

    /// Each item of the checkpoint (narrowed by `sql`) in creation order within its kind, its bytes
    /// checked against their digest and handed over in place.
    private static func forEachItem(_ db: Database, _ stamp: CheckpointStamp, sql: String, arguments: StatementArguments,
                                    _ body: (StateArchive.Kind, String, UnsafeRawBufferPointer) throws -> Void) throws {
        let rows = try Row.fetchCursor(db, sql: """
            SELECT kind, id, data, digest FROM checkpoint_items WHERE checkpoint = ? \(sql) ORDER BY kind, ordinal
            """, arguments: [stamp.seq] + arguments)
        while let row = try rows.next() {
            let id: String = row[1]
            guard let kind = StateArchive.Kind(rawValue: row[0]) else { throw CheckpointProblem.damaged("item \(id) has an unknown kind") }
            try checked(row, data: 2, digest: 3, what: id) { try body(kind, id, $0) }
        }
    }

    /// Hands the bytes of a blob column to `body` in place, refused unless they hash to the stored digest.
    private static func checked<T>(_ row: Row, data: Int, digest: Int, what: String,
                                   _ body: (UnsafeRawBufferPointer) throws -> T) throws -> T {
        guard let stored = row.dataNoCopy(atIndex: data), let expected = row.dataNoCopy(atIndex: digest) else {
            throw CheckpointProblem.damaged("\(what) is missing")
        }
        return try stored.withUnsafeBytes { bytes in
            guard Data(SHA256.hash(data: bytes)) == expected else { throw CheckpointProblem.damaged("\(what) does not match its digest") }
            return try body(bytes)
        }
    }

    /// Bytes that do not decode make the checkpoint unusable, not the journal.
    private static func restoring<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ArchiveError {
            throw CheckpointProblem.damaged("\(error)")
        }
    }

    static func digest(_ bytes: [UInt8]) -> Data { Data(SHA256.hash(data: bytes)) }
}
