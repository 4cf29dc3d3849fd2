import DeskCore
import Foundation
import GRDB
import Testing
@testable import DeskJournal

/// SQLite's own failures, produced for real, said in the desk's words.
@Suite("Journal: the disk's troubles in the desk's words")
struct JournalStorageTests {
    @Test func aFullDiskIsSaidSo() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journal = try Journal.create(at: path)
            // The file may not grow: what a full disk does to a write.
            try journal.queue.writeWithoutTransaction { db in
                let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 1
                try db.execute(sql: "PRAGMA max_page_count = \(pages)")
            }
            var caught: Error?
            do { try journal.append(samples(1...200)) } catch { caught = error }
            let error = try #require(caught)
            #expect(JournalError.storage(error, path: path) as? JournalError == .unavailable(path: path, .diskFull))
            #expect(JournalError.unavailable(path: path, .diskFull).message(.en).contains("the disk is full"))
            #expect(JournalError.unavailable(path: path, .diskFull).message(.zh).contains("磁盘已满"))
        }
    }

    @Test func aJournalHeldByAnotherProgramIsSaidSo() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            _ = try Journal.create(at: path)
            // Another program holds the write lock until told to let go.
            let holder = try DatabaseQueue(path: path)
            let (holding, letGo, done) = (DispatchSemaphore(value: 0), DispatchSemaphore(value: 0), DispatchGroup())
            DispatchQueue.global().async(group: done) {
                try? holder.write { _ in
                    holding.signal()
                    letGo.wait()
                }
            }
            holding.wait()
            defer {
                letGo.signal()
                done.wait()
            }
            var impatient = Configuration()
            impatient.busyMode = .immediateError
            let other = try DatabaseQueue(path: path, configuration: impatient)
            var caught: Error?
            do { try other.inDatabase { try $0.execute(sql: "BEGIN IMMEDIATE; ROLLBACK") } } catch { caught = error }
            let error = try #require(caught)
            #expect("\(error)".contains("database is locked"))
            #expect(JournalError.storage(error, path: path) as? JournalError == .unavailable(path: path, .heldByAnother))
            #expect(JournalError.unavailable(path: path, .heldByAnother).message(.en).contains("another program"))
        }
    }

    @Test func otherErrorsStayAsTheyAre() {
        let error = JournalError.notFound(path: "/x")
        #expect(JournalError.storage(error, path: "/x") as? JournalError == error)
    }
}
