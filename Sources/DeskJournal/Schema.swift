import GRDB

/// The journal's tables, as GRDB migrations. Migrations are never edited once shipped: a change is a new one.
enum Schema {
    /// "SDJL" in the SQLite header's application_id: `open` reads it from the file's first bytes to tell a journal
    /// from any other file before SQLite touches (and WAL mode would rewrite) it.
    static let applicationID: Int32 = 0x5344_4A4C

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                PRAGMA application_id = \(applicationID);

                CREATE TABLE entries (
                    seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
                    at TEXT NOT NULL,
                    operator TEXT NOT NULL,
                    console TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind <> ''),
                    payload TEXT NOT NULL CHECK (json_valid(payload)),
                    previous_hash TEXT NOT NULL,
                    hash TEXT NOT NULL
                );

                CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
                BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;

                CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
                BEGIN SELECT RAISE(ABORT, 'journal is append-only'); END;

                -- Also closes INSERT OR REPLACE, whose implicit delete fires no delete trigger.
                CREATE TRIGGER entries_extend_chain BEFORE INSERT ON entries
                WHEN NEW.seq IS NOT (SELECT ifnull(max(seq), 0) + 1 FROM entries)
                  OR NEW.previous_hash IS NOT ifnull((SELECT hash FROM entries ORDER BY seq DESC LIMIT 1), '\(ChainHash.genesis)')
                BEGIN SELECT RAISE(ABORT, 'journal entries must extend the chain'); END;
                """)
        }
        // Checkpoints (docs/journal-format.md): the folded state saved beside the chain, derived data that is
        // never trusted over it. Not covered by the append-only triggers: old checkpoints are pruned.
        migrator.registerMigration("v2-checkpoints") { db in
            try db.execute(sql: """
                CREATE TABLE checkpoints (
                    seq INTEGER PRIMARY KEY NOT NULL,
                    hash TEXT NOT NULL,
                    format INTEGER NOT NULL,
                    written_at TEXT NOT NULL,
                    header BLOB NOT NULL,
                    digest BLOB NOT NULL,
                    figures BLOB NOT NULL,
                    figures_digest BLOB NOT NULL
                );

                CREATE TABLE checkpoint_items (
                    checkpoint INTEGER NOT NULL REFERENCES checkpoints(seq) ON DELETE CASCADE,
                    kind INTEGER NOT NULL,
                    id TEXT NOT NULL,
                    ordinal INTEGER NOT NULL,
                    data BLOB NOT NULL,
                    digest BLOB NOT NULL,
                    hot INTEGER NOT NULL,
                    PRIMARY KEY (checkpoint, kind, id)
                ) WITHOUT ROWID;
                """)
        }
        return migrator
    }
}
