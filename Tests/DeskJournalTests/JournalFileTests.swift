import Foundation
import Testing
@testable import DeskJournal

@Suite("Journal: the file")
struct JournalFileTests {
    @Test func createRefusesAnExistingFile() throws {
        try withScratch { dir in
            let notes = dir + "/notes.txt"
            try "值班记录".write(toFile: notes, atomically: true, encoding: .utf8)
            #expect(throws: JournalError.alreadyExists(path: notes)) { try Journal.create(at: notes) }
            #expect(try String(contentsOfFile: notes, encoding: .utf8) == "值班记录")

            let path = dir + "/desk.journal"
            try Journal.create(at: path).append(samples(1...2))
            #expect(throws: JournalError.alreadyExists(path: path)) { try Journal.create(at: path) }
            #expect(try Journal.open(at: path).lastSeq() == 2)

            let leftover = dir + "/old.journal"
            #expect(FileManager.default.createFile(atPath: leftover + "-wal", contents: Data("stale".utf8)))
            #expect(throws: JournalError.alreadyExists(path: leftover + "-wal")) { try Journal.create(at: leftover) }
            #expect(!FileManager.default.fileExists(atPath: leftover))
        }
    }

    @Test func openRefusesWhatIsNotAJournal() throws {
        try withScratch { dir in
            let text = dir + "/notes.txt"
            try "值班记录：一切正常\n".write(toFile: text, atomically: true, encoding: .utf8)
            let empty = dir + "/empty.journal"
            #expect(FileManager.default.createFile(atPath: empty, contents: nil))
            let other = dir + "/other.db"
            try sqlite3(other, "CREATE TABLE entries (seq INTEGER PRIMARY KEY);")
            let otherBytes = try Data(contentsOf: URL(fileURLWithPath: other))

            #expect(throws: JournalError.notAJournal(path: text, detail: .notSQLite)) { try Journal.open(at: text) }
            #expect(throws: JournalError.notAJournal(path: empty, detail: .empty)) { try Journal.open(at: empty) }
            #expect(throws: JournalError.notAJournal(path: dir, detail: .directory)) { try Journal.open(at: dir) }
            #expect(throws: JournalError.notAJournal(path: other, detail: .otherDatabase)) { try Journal.open(at: other) }
            #expect(throws: JournalError.notFound(path: dir + "/none.journal")) { try Journal.open(at: dir + "/none.journal") }
            // Refusing leaves the file as it was.
            #expect(try Data(contentsOf: URL(fileURLWithPath: other)) == otherBytes)
            #expect(!FileManager.default.fileExists(atPath: other + "-wal"))
        }
    }

    @Test func errorsSpeakBothLanguages() {
        let error = JournalError.notAJournal(path: "/tmp/notes.txt", detail: .notSQLite)
        #expect(error.description == "/tmp/notes.txt is not a StreetDesk journal: it is not an SQLite database")
        #expect(error.message(.zh) == "/tmp/notes.txt 不是 StreetDesk 日志：不是 SQLite 数据库")
    }

    @Test func openRefusesAJournalFromANewerVersion() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            _ = try Journal.create(at: path)
            try sqlite3(path, "INSERT INTO grdb_migrations VALUES ('v99-from-the-future');")
            #expect(throws: JournalError.newerVersion(path: path)) { try Journal.open(at: path) }
        }
    }

    @Test func filesAreOwnerOnlyInNewDirectories() throws {
        try withScratch { dir in
            let path = dir + "/xdg/streetdesk/desk.journal"
            let journal = try Journal.create(at: path)
            try journal.append(samples(1...2))
            for file in [path, path + "-wal", path + "-shm"] {
                #expect(try posixMode(file) == 0o600, "\(file)")
            }
            #expect(try posixMode(dir + "/xdg/streetdesk") == 0o700)
        }
    }

    @Test func journalIsInWALMode() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            _ = try Journal.create(at: path)
            #expect(try sqlite3(path, "PRAGMA journal_mode;").output == "wal")
            // Switched off by a tool, it is switched back on when opened.
            try sqlite3(path, "PRAGMA journal_mode = DELETE;")
            _ = try Journal.open(at: path)
            #expect(try sqlite3(path, "PRAGMA journal_mode;").output == "wal")
        }
    }
}
