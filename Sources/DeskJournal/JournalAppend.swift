import GRDB

extension Journal {
    /// Appends `entries` in one transaction: all are written, or none.
    @discardableResult
    public func append(_ entries: [NewEntry]) throws -> [JournalEntry] {
        try inImmediateTransaction { db in try insert(entries, after: try Self.head(db), db) }
    }

    /// The heart of multi-console safety. Inside one write transaction: reads every entry after `knownSeq`
    /// (written by other consoles since the caller last looked), hands them to `decide`, and appends what it
    /// returns. No other console can append in between, so a decision made on `caughtUp` is never stale.
    /// If `decide` throws, nothing is written and its error propagates unchanged.
    public func append<T>(
        after knownSeq: Int64, _ decide: ([JournalEntry]) throws -> ([NewEntry], T)
    ) throws -> (caughtUp: [JournalEntry], appended: [JournalEntry], value: T) {
        try append(after: knownSeq) { _, caughtUp in try decide(caughtUp) }
    }

    /// The same, with the transaction's database handed to `decide` too, for reads that must see
    /// exactly what the decision is made on (a checkpoint's records).
    func append<T>(
        after knownSeq: Int64, _ decide: (Database, [JournalEntry]) throws -> ([NewEntry], T)
    ) throws -> (caughtUp: [JournalEntry], appended: [JournalEntry], value: T) {
        try inImmediateTransaction { db in
            let head = try Self.head(db)
            guard knownSeq <= head.seq else { throw JournalError.beyondEnd(knownSeq: knownSeq, lastSeq: head.seq) }
            let caughtUp = knownSeq < head.seq ? try Self.entries(db, after: knownSeq, limit: nil) : []
            let (entries, value) = try decide(db, caughtUp)
            return (caughtUp, try insert(entries, after: head, db), value)
        }
    }

    /// BEGIN IMMEDIATE takes the write lock before anything is read, so the chain's end read inside cannot move
    /// before commit: two consoles can never both append seq n+1. Others wait on the busy timeout meanwhile.
    private func inImmediateTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try queue.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try body(db)
                return .commit
            }
            return result!
        }
    }

    /// The chain's end: its last seq and hash, read once a write (0 and the genesis hash when empty).
    private static func head(_ db: Database) throws -> (seq: Int64, hash: String) {
        let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT seq, hash FROM entries ORDER BY seq DESC LIMIT 1"))
        return row.map { ($0[0], $0[1]) } ?? (0, ChainHash.genesis)
    }

    private func insert(_ entries: [NewEntry], after head: (seq: Int64, hash: String), _ db: Database) throws -> [JournalEntry] {
        var (seq, previousHash) = head
        let statement = try db.cachedStatement(sql: """
            INSERT INTO entries (seq, at, operator, console, kind, payload, previous_hash, hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var written: [JournalEntry] = []
        written.reserveCapacity(entries.count)
        for (index, new) in entries.enumerated() {
            let milliseconds = JournalTime.milliseconds(new.at)
            if let problem = problem(with: new, milliseconds: milliseconds) {
                throw JournalError.invalidEntry(index: index, problem: problem)
            }
            seq += 1
            let atText = JournalTime.text(milliseconds: milliseconds, timeZone: timeZone)
            let hash = ChainHash.hash(
                previousHash: previousHash, seq: seq, atText: atText, operatorName: new.operatorName,
                console: new.console, kind: new.kind, payload: new.payload)
            do {
                try statement.execute(arguments: [
                    seq, atText, new.operatorName, new.console, new.kind, new.payload, previousHash, hash,
                ])
            } catch let error as DatabaseError where error.extendedResultCode == .SQLITE_CONSTRAINT_CHECK
                && error.message?.contains("json_valid") == true {
                // The table's own test, named for the entry at fault.
                throw JournalError.invalidEntry(index: index, problem: .payloadNotJSON)
            }
            written.append(JournalEntry(
                seq: seq, at: JournalTime.date(milliseconds: milliseconds), atText: atText,
                operatorName: new.operatorName, console: new.console, kind: new.kind, payload: new.payload,
                previousHash: previousHash, hash: hash))
            previousHash = hash
        }
        return written
    }

    private func problem(with entry: NewEntry, milliseconds: Int64) -> JournalError.EntryProblem? {
        guard JournalTime.supported.contains(milliseconds) else { return .timeOutOfRange }
        // GRDB hands text to SQLite NUL-terminated: a NUL would silently cut the stored text short of what was hashed.
        for (field, value) in [("operator", entry.operatorName), ("console", entry.console),
                               ("kind", entry.kind), ("payload", entry.payload)] where value.utf8.contains(0) {
            return .nulCharacter(field: field)
        }
        if entry.kind.isEmpty { return .emptyKind }
        return nil
    }
}
