import DeskCore
import DeskDemo
import Foundation
import GRDB
import Testing
@testable import DeskJournal

/// A case found by its 12345 order number through the journal's index, without folding the journal.
@Suite struct JournalOrdersTests {
    static func order(_ number: String, summary: String = "垃圾无人清运") -> DeskCommand {
        .order(HotlineOrder(number: number, receivedAt: sampleTime(), dispatchedAt: sampleTime(), type: .complaint,
                            categoryText: "垃圾", address: "槐荫里3号楼", summary: summary, phone: nil,
                            respondBy: sampleTime(3600), resolveBy: sampleTime(86400), urgency: nil))
    }

    @Test func anOrderNumberFindsItsCaseAndAnUnknownOneNone() throws {
        try withScratch { dir in
            let session = try DeskSession(journal: try Journal.create(at: dir + "/a.journal"), operatorName: "李明", console: "c")
            try session.perform(.configure(try DemoProfile.load()), at: sampleTime())
            _ = try session.performEach([Self.order("A-1"), Self.order("A-2")], at: sampleTime(10))
            try session.perform(Self.order("A-2"), at: sampleTime(20))  // unchanged: no second entry
            #expect(try session.journal.caseID(order: "A-2") == session.state.orders["A-2"])
            #expect(try session.journal.caseID(order: "A-1") == "C0001")
            #expect(try session.journal.caseID(order: "A-3") == nil)
            let readOnly = try Journal.open(at: dir + "/a.journal", readOnly: true)
            #expect(try readOnly.caseID(order: "A-2") == "C0002")
        }
    }

    /// An import keeps the state it decided on instead of folding what it wrote again: that state
    /// must be the one a replay of the journal gives, refusals and a dry run included.
    @Test func aBatchLeavesTheStateAReplayGives() throws {
        try withScratch { dir in
            let session = try DeskSession(journal: try Journal.create(at: dir + "/a.journal"), operatorName: "李明", console: "c")
            try session.perform(.configure(try DemoProfile.load()), at: sampleTime())
            let outcomes = try session.performEach([Self.order("A-1"), Self.order("A-3", summary: " "), Self.order("A-2"), Self.order("A-1")],
                                                   at: sampleTime(10), checkpoint: false)
            #expect(outcomes.map { (try? $0.get())?.count ?? -1 } == [2, -1, 2, 0])
            _ = try session.performEach([Self.order("A-4")], at: sampleTime(20), dryRun: true)
            #expect(session.state.orders["A-4"] == nil)
            #expect(try DeskSession.replay(session.journal).state == session.state)
        }
    }

    /// The lookup is a search of the index, not a scan of the entries: its cost does not follow the history.
    @Test func theLookupUsesTheIndexAJournalOpenedForWritingHas() throws {
        try withJournal(entries: 3) { journal, path in
            let details = try journal.queue.read { db in
                try Row.fetchAll(db, sql: """
                    EXPLAIN QUERY PLAN SELECT json_extract(payload, '$.id') FROM entries
                    WHERE kind = 'case.order' AND json_extract(payload, '$.order') = ? ORDER BY seq LIMIT 1
                    """, arguments: ["A-1"]).map { $0["detail"] as String }
            }
            #expect(details.contains { $0.contains("USING INDEX entries_by_order") }, "\(details)")
            try journal.close()
            _ = try Journal.open(at: path)  // opening again finds the index there and writes nothing
            #expect(try sqlite3(path, "SELECT count(*) FROM sqlite_master WHERE name = 'entries_by_order';").output == "1")
        }
    }
}
