import GRDB

extension Journal {
    static let verifyBatchSize = 1000

    /// Recomputes the whole chain from the genesis hash and names the first entry that is missing, misplaced,
    /// mislinked or altered. Reads in batches, so a 100k-entry journal needs little memory and other work on
    /// this instance can run between batches; entries appended meanwhile are verified too.
    /// (A chain cannot show that its newest entries were cut off: compare `count` with a seq seen before.)
    /// Throws only SQLite's `DatabaseError`: whatever is wrong with an entry is the result, not an error.
    public func verify() throws -> VerifyResult {
        var verifier = ChainVerifier()
        while true {
            var rows = 0
            let broken: VerifyResult? = try queue.read { db in
                var broken: VerifyResult?
                try Self.forEachEntry(db, columns: EntryColumn.all, after: verifier.lastSeen, limit: Self.verifyBatchSize) { row in
                    rows += 1
                    broken = verifier.check(row)
                    return broken == nil
                }
                return broken
            }
            if let broken { return broken }
            if rows == 0 { return .intact(count: verifier.expected - 1) }
        }
    }
}

/// Walks the chain one stored row at a time, hashing the column bytes as they are stored (see `ChainHash`).
private struct ChainVerifier {
    private(set) var expected: Int64 = 1
    private(set) var lastSeen = Int64.min
    private var previousHash = Array(ChainHash.genesis.utf8)
    private var chain = ChainHash()

    /// Nil when `row` is the next entry and intact; what is wrong otherwise.
    mutating func check(_ row: EntryRow) -> VerifyResult? {
        let seq = row.int64(.seq)
        if seq > expected { return .broken(seq: expected, reason: "entry \(expected) is missing") }
        if seq < expected { return .broken(seq: seq, reason: "entry \(seq) is out of sequence") }
        let linked = row.text(.previousHash)
        guard linked.elementsEqual(previousHash) else {
            return .broken(seq: seq, reason: "its previous hash does not match the hash of entry \(seq - 1)")
        }
        let at = row.text(.at)
        let recomputed = chain.digest(
            previousHash: linked, seq: seq, atText: at, operatorName: row.text(.operatorName),
            console: row.text(.console), kind: row.text(.kind), payload: row.text(.payload))
        let stored = row.text(.hash)
        guard ChainHash.digest(recomputed, isSpelled: stored) else {
            return .broken(seq: seq, reason: "its content does not match its hash")
        }
        guard JournalTime.milliseconds(utf8: at) != nil else {
            return .broken(seq: seq, reason: "its time text is malformed")
        }
        previousHash.removeAll(keepingCapacity: true)
        previousHash.append(contentsOf: stored)
        lastSeen = seq
        expected += 1
        return nil
    }
}
