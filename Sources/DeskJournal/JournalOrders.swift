import DeskCore
import GRDB

/// Cases found by the 12345 order number they were taken in from, without folding the journal:
/// `streetdesk do feedback order:2026112700123` (docs/exchange.md).
extension Journal {
    /// A partial index over the `case.order` entries' order numbers: derived data that SQLite keeps
    /// up to date on every append (by any version: an index is no migration, and no reader depends
    /// on it), so a lookup costs the same on a week's journal as on a year's.
    static func indexOrders(_ db: Database) throws {
        guard try !db.indexes(on: "entries").contains(where: { $0.name == "entries_by_order" }) else { return }
        try db.execute(sql: """
            CREATE INDEX IF NOT EXISTS entries_by_order ON entries (json_extract(payload, '$.order'))
            WHERE kind = 'case.order'
            """)
    }

    /// The case taken in from order `number`, or nil when none was. On a journal opened read-only
    /// that never had the index, the lookup reads every order entry instead.
    public func caseID(order number: String) throws -> CaseID? {
        try queue.read { db in
            try String.fetchOne(db, sql: """
                SELECT json_extract(payload, '$.id') FROM entries
                WHERE kind = 'case.order' AND json_extract(payload, '$.order') = ? ORDER BY seq LIMIT 1
                """, arguments: [number])
        }.map { CaseID($0) }
    }
}
