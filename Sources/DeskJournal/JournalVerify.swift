import GRDB

extension Journal {
    static let verifyBatchSize = 1000

    /// Recomputes the whole chain from the genesis hash and names the first entry that is missing, misplaced,
    /// mislinked or altered. Reads in batches, so a 100k-entry journal needs little memory and other work on
    /// this instance can run between batches; entries appended meanwhile are verified too.
    /// (A chain cannot show that its newest entries were cut off: compare `count` with a seq seen before.)
    public func verify() throws -> VerifyResult {
        var expected: Int64 = 1
        var previousHash = ChainHash.genesis
        var lastSeen = Int64.min
        while true {
            let rows = try queue.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT \(Self.columns) FROM entries WHERE seq > ? ORDER BY seq LIMIT ?",
                    arguments: [lastSeen, Self.verifyBatchSize])
            }
            if rows.isEmpty { return .intact(count: expected - 1) }
            for row in rows {
                let seq: Int64 = try row.decode(forColumn: "seq")
                if seq > expected { return .broken(seq: expected, reason: "entry \(expected) is missing") }
                if seq < expected { return .broken(seq: seq, reason: "entry \(seq) is out of sequence") }
                let stored: String = try row.decode(forColumn: "hash")
                let linked: String = try row.decode(forColumn: "previous_hash")
                guard linked == previousHash else {
                    return .broken(seq: seq, reason: "its previous hash does not match the hash of entry \(seq - 1)")
                }
                let atText: String = try row.decode(forColumn: "at")
                let recomputed = ChainHash.hash(
                    previousHash: linked, seq: seq, atText: atText,
                    operatorName: try row.decode(forColumn: "operator"), console: try row.decode(forColumn: "console"),
                    kind: try row.decode(forColumn: "kind"), payload: try row.decode(forColumn: "payload"))
                guard recomputed == stored else {
                    return .broken(seq: seq, reason: "its content does not match its hash")
                }
                guard JournalTime.milliseconds(text: atText) != nil else {
                    return .broken(seq: seq, reason: "its time text is malformed")
                }
                previousHash = stored
                lastSeen = seq
                expected += 1
            }
        }
    }
}
