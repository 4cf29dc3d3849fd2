import DeskCore
import GRDB

/// A place in the chain taken as verified: an entry's seq and its stored hash (seq 0 and the genesis hash
/// before the first entry).
public struct ChainPoint: Sendable, Equatable {
    public let seq: Int64
    public let hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    public static let genesis = ChainPoint(seq: 0, hash: ChainHash.genesis)
}

extension Journal {
    static let verifyBatchSize = 1000

    /// Recomputes the whole chain from the genesis hash and names the first entry that is missing, misplaced,
    /// mislinked or altered. Reads in batches, so a 100k-entry journal needs little memory and other work on
    /// this instance can run between batches; entries appended meanwhile are verified too.
    /// (A chain cannot show that its newest entries were cut off: a seal can, `JournalSeal`.)
    /// Throws only SQLite's `DatabaseError`: whatever is wrong with an entry is the result, not an error.
    public func verify() throws -> VerifyResult {
        let (reached, damage) = try verifyChain(after: .genesis)
        return damage.map(VerifyResult.broken) ?? .intact(count: reached.seq)
    }

    /// Checks the chain after `point`, whose hash is taken as verified, to its end: the last entry that links
    /// and hashes correctly, and what is wrong with the one after it, if anything.
    public func verifyChain(after point: ChainPoint) throws -> (reached: ChainPoint, damage: JournalDamage?) {
        var verifier = ChainVerifier(after: point)
        while true {
            let (rows, damage) = try queue.read { db in try verifier.step(db, limit: Self.verifyBatchSize) }
            if damage != nil || rows == 0 { return (verifier.reached, damage) }
        }
    }

    /// The same inside a transaction already open on `db`.
    static func verifyChain(_ db: Database, after point: ChainPoint) throws -> (reached: ChainPoint, damage: JournalDamage?) {
        var verifier = ChainVerifier(after: point)
        let damage = try verifier.step(db, limit: nil).damage
        return (verifier.reached, damage)
    }

    /// Entry `seq` as a verified point, its hash as stored (`.genesis` for 0); nil when there is no such entry.
    func chainPoint(at seq: Int64) throws -> ChainPoint? {
        guard seq > 0 else { return .genesis }
        return try queue.read { db in
            try String.fetchOne(db, sql: "SELECT hash FROM entries WHERE seq = ?", arguments: [seq]).map { ChainPoint(seq: seq, hash: $0) }
        }
    }
}

/// Walks the chain one stored row at a time, hashing the column bytes as they are stored (see `ChainHash`).
private struct ChainVerifier {
    private var expected: Int64
    private var lastSeen: Int64
    private var previousHash: [UInt8]
    private var chain = ChainHash()

    init(after point: ChainPoint) {
        expected = point.seq + 1
        // From the genesis, a stored seq below 1 is read too, and named.
        lastSeen = point.seq == 0 ? Int64.min : point.seq
        previousHash = Array(point.hash.utf8)
    }

    var reached: ChainPoint { ChainPoint(seq: expected - 1, hash: String(decoding: previousHash, as: UTF8.self)) }

    /// Checks the entries after the last one seen, at most `limit` of them: how many were read, and the first damage.
    mutating func step(_ db: Database, limit: Int?) throws -> (rows: Int, damage: JournalDamage?) {
        var rows = 0
        var damage: JournalDamage?
        try Journal.forEachEntry(db, columns: EntryColumn.all, after: lastSeen, limit: limit) { row in
            rows += 1
            damage = check(row)
            return damage == nil
        }
        return (rows, damage)
    }

    /// Nil when `row` is the next entry and intact; what is wrong otherwise.
    private mutating func check(_ row: EntryRow) -> JournalDamage? {
        let seq = row.int64(.seq)
        if seq > expected { return JournalDamage(seq: expected, problem: .missing) }
        if seq < expected { return JournalDamage(seq: seq, problem: .outOfSequence) }
        let linked = row.text(.previousHash)
        guard linked.elementsEqual(previousHash) else { return JournalDamage(seq: seq, problem: .mislinked) }
        let at = row.text(.at)
        let recomputed = chain.digest(
            previousHash: linked, seq: seq, atText: at, operatorName: row.text(.operatorName),
            console: row.text(.console), kind: row.text(.kind), payload: row.text(.payload))
        let stored = row.text(.hash)
        guard ChainHash.digest(recomputed, isSpelled: stored) else { return JournalDamage(seq: seq, problem: .altered) }
        guard JournalTime.milliseconds(utf8: at) != nil else { return JournalDamage(seq: seq, problem: .malformedTime) }
        previousHash.removeAll(keepingCapacity: true)
        previousHash.append(contentsOf: stored)
        lastSeen = seq
        expected += 1
        return nil
    }
}
