import DeskCore
import Foundation
import Testing
@testable import DeskJournal

@Suite("Journal: tampering is refused or detected")
struct JournalTamperTests {
    @Test func changedPayloadIsNamed() throws {
        try withJournal(entries: 5) { journal, path in
            try tamper(path, #"UPDATE entries SET payload = '{"n":3,"summary":"已办结"}' WHERE seq = 3;"#)
            #expect(try journal.verify() == .broken(JournalDamage(seq: 3, problem: .altered)))
        }
    }

    @Test func changedHashIsNamed() throws {
        try withJournal(entries: 5) { journal, path in
            try tamper(path, "UPDATE entries SET hash = '\(String(repeating: "ab", count: 32))' WHERE seq = 4;")
            #expect(try journal.verify() == .broken(JournalDamage(seq: 4, problem: .altered)))
        }
    }

    /// Rewriting an entry together with its own hash still breaks the next entry's link.
    @Test func rehashedEntryBreaksTheNextLink() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journal = try Journal.create(at: path)
            let entries = try journal.append(samples(1...4))
            let forged = #"{"n":2,"summary":"无"}"#
            let hash = ChainHash.hash(
                previousHash: entries[0].hash, seq: 2, atText: entries[1].atText, operatorName: "王芳",
                console: "desk-1", kind: "case.intake", payload: forged)
            try tamper(path, "UPDATE entries SET payload = '\(forged)', hash = '\(hash)' WHERE seq = 2;")
            #expect(try journal.verify()
                == .broken(JournalDamage(seq: 3, problem: .mislinked)))
        }
    }

    @Test func deletedEntryIsNamed() throws {
        try withJournal(entries: 5) { journal, path in
            try tamper(path, "DELETE FROM entries WHERE seq = 2;")
            #expect(try journal.verify() == .broken(JournalDamage(seq: 2, problem: .missing)))
        }
    }

    @Test func tamperingInALaterBatchIsNamed() throws {
        try withJournal(entries: 2500) { journal, path in
            try tamper(path, "UPDATE entries SET console = 'desk-9' WHERE seq = 2300;")
            #expect(try journal.verify() == .broken(JournalDamage(seq: 2300, problem: .altered)))
        }
    }

    @Test func alteredTimeCannotBeRead() throws {
        try withJournal(entries: 3) { journal, path in
            try tamper(path, "UPDATE entries SET at = 'yesterday' WHERE seq = 2;")
            #expect(throws: JournalDamage(seq: 2, problem: .malformedTime)) { try journal.entries(after: 0) }
            #expect(try journal.verify() == .broken(JournalDamage(seq: 2, problem: .altered)))
        }
    }

    /// UPDATE and DELETE are refused; INSERT OR REPLACE deletes without firing delete triggers,
    /// so the insert trigger catches it, and any gap or fork.
    @Test(arguments: [
        ("UPDATE entries SET payload = '{}' WHERE seq = 2;", "journal is append-only"),
        ("DELETE FROM entries WHERE seq = 3;", "journal is append-only"),
        ("DELETE FROM entries;", "journal is append-only"),
        ("INSERT OR REPLACE INTO entries SELECT seq, at, operator, console, kind, '{}', previous_hash, hash FROM entries WHERE seq = 2;",
         "journal entries must extend the chain"),
        ("INSERT INTO entries SELECT 5, at, operator, console, kind, payload, previous_hash, hash FROM entries WHERE seq = 3;",
         "journal entries must extend the chain"),
        ("INSERT INTO entries SELECT 4, at, operator, console, kind, payload, previous_hash, hash FROM entries WHERE seq = 3;",
         "journal entries must extend the chain"),
    ])
    func changesOutsideTheChainAreRefused(sql: String, message: String) throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journal = try Journal.create(at: path)
            let written = try journal.append(samples(1...3))
            let result = try sqlite3(path, sql)
            #expect(result.status != 0)
            #expect(result.error.contains(message))
            #expect(try journal.entries(after: 0) == written)
        }
    }
}
