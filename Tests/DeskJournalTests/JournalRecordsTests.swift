import DeskCore
import DeskDemo
import Foundation
import Testing
@testable import DeskJournal

@Suite("Journal: streaming recorded events")
struct JournalRecordsTests {
    static let demo = DemoHistory.generate(profile: try! DemoProfile.load(), endingAt: Date(timeIntervalSince1970: 1_795_600_000))

    /// A journal holding the demo week (more entries than one read batch).
    static func withDemoJournal(_ body: (Journal, String) throws -> Void) throws {
        try withScratch { dir in
            let path = dir + "/demo.journal"
            let journal = try Journal.create(at: path)
            try journal.append(demo.map {
                NewEntry(at: $0.at, operatorName: $0.operatorName, console: $0.console, kind: $0.event.kind,
                         payload: EventCoding.encode($0.event))
            })
            try body(journal, path)
        }
    }

    static func all(_ journal: Journal, after seq: Int64 = 0) throws -> [Recorded] {
        var seen: [Recorded] = []
        try journal.forEachRecorded(after: seq) { seen.append($0); return true }
        return seen
    }

    @Test func streamsEveryEntryAsWritten() throws {
        #expect(Self.demo.count > Journal.recordedBatchSize)
        try Self.withDemoJournal { journal, _ in
            let recorded = try Self.all(journal)
            let expected = try journal.entries(after: 0).map {
                Recorded(seq: $0.seq, at: $0.at, operatorName: $0.operatorName, console: $0.console,
                         event: try EventCoding.decode(kind: $0.kind, payload: $0.payload))
            }
            #expect(recorded == expected)
            #expect(recorded.map(\.event) == Self.demo.map(\.event))
            #expect(recorded.map(\.at) == Self.demo.map(\.at.roundedToMilliseconds))
            #expect(try journal.verify() == .intact(count: Int64(Self.demo.count)))
        }
    }

    @Test func startsAfterSeqAndStopsWhenAsked() throws {
        try Self.withDemoJournal { journal, _ in
            #expect(try Self.all(journal, after: 1990).first?.seq == 1991)
            #expect(try Self.all(journal, after: Int64(Self.demo.count)).isEmpty)
            var seen: [Int64] = []
            try journal.forEachRecorded(after: 0) { seen.append($0.seq); return seen.count < 10 }
            #expect(seen == Array(1...10))
        }
    }

    /// `body` runs outside the journal's queue: it may read, and what it appends is streamed too — whether it
    /// appends in the first batch (read on the caller's thread) or in a later one (read ahead on another).
    @Test(arguments: [Int64(2), Int64(Journal.recordedBatchSize + 100)])
    func bodyMayUseTheJournal(appendingAt appendSeq: Int64) throws {
        try Self.withDemoJournal { journal, _ in
            let last = Int64(Self.demo.count)
            var seen: [Int64] = []
            try journal.forEachRecorded(after: 0) { recorded in
                #expect(try journal.lastSeq() >= last)
                if recorded.seq == appendSeq {
                    try journal.append([NewEntry(at: Date(), operatorName: "王芳", console: "desk-1", kind: "case.closed",
                                                 payload: #"{"id":"C0001","note":"后补"}"#)])
                }
                seen.append(recorded.seq)
                return true
            }
            #expect(seen == Array(1...(last + 1)))
        }
    }

    @Test func stoppingWhileReadingAheadEndsTheStream() throws {
        try Self.withDemoJournal { journal, _ in
            var seen = 0
            try journal.forEachRecorded(after: 0) { _ in seen += 1; return seen < Journal.recordedBatchSize + 5 }
            #expect(seen == Journal.recordedBatchSize + 5)
            #expect(try Self.all(journal).count == Self.demo.count)
        }
    }

    @Test func undecodablePayloadNamesItsSeqAfterTheEntriesBeforeIt() throws {
        try Self.withDemoJournal { journal, path in
            try tamper(path, #"UPDATE entries SET payload = '{"id":1}' WHERE seq = 2005;"#)
            var seen: [Int64] = []
            do {
                try journal.forEachRecorded(after: 0) { seen.append($0.seq); return true }
                Issue.record("the altered entry was read")
            } catch let damage as JournalDamage {
                #expect(damage.seq == 2005)
                guard case .malformedPayload(_, let detail) = damage.problem else { Issue.record("\(damage)"); return }
                #expect(!detail.isEmpty)
            }
            #expect(seen == Array(1...2004))
        }
    }

    @Test func unknownKindAndAlteredTimeAreUnreadable() throws {
        try Self.withDemoJournal { journal, path in
            try tamper(path, """
                UPDATE entries SET at = '2026-02-30T10:00:00.000+08:00' WHERE seq = 3;
                UPDATE entries SET kind = 'case.teleported' WHERE seq = 7;
                """)
            #expect(throws: JournalDamage(seq: 3, problem: .malformedTime)) { try Self.all(journal) }
            #expect(throws: JournalDamage(seq: 3, problem: .malformedTime)) { try journal.entries(after: 0) }
            #expect(throws: JournalDamage(seq: 7, problem: .unknownKind("case.teleported"))) {
                try Self.all(journal, after: 3)
            }
        }
    }
}

@Suite("Journal: the chain hash")
struct ChainHashTests {
    /// Expected values computed independently with Python's hashlib from the encoding in ChainHash's doc comment.
    @Test(arguments: [
        (ChainHash.genesis, Int64(12345), "2026-11-27T13:34:00.123+08:00", "王芳", "desk-1", "case.intake",
         #"{"summary":"噪音扰民 🔊"}"#, "40efb22e7bffcac063740ceaa129fa3c6e32365373e0247778ee0ea0ea60be42"),
        (String(repeating: "ab", count: 32), Int64(1), "2026-11-27T13:34:00.123+08:00", "", "", "k", "{}",
         "3514e4faa6a1c3e545cd7f7f682983b72280801ac8209764233695556438089c"),
    ])
    func hashIsPinned(previous: String, seq: Int64, at: String, operatorName: String, console: String, kind: String,
                      payload: String, expected: String) {
        #expect(ChainHash.hash(previousHash: previous, seq: seq, atText: at, operatorName: operatorName, console: console,
                               kind: kind, payload: payload) == expected)
    }

    /// One hasher reused across entries, as verify uses it, gives each entry's own hash.
    @Test func reusedHasherMatchesFreshHashes() {
        var chain = ChainHash()
        for seq in Int64(1)...50 {
            let payload = String(repeating: "噪", count: Int(seq * 7 % 40))
            let digest = chain.digest(previousHash: ChainHash.genesis.utf8, seq: seq, atText: "t".utf8,
                                      operatorName: "王芳".utf8, console: "c".utf8, kind: "k".utf8, payload: payload.utf8)
            let fresh = ChainHash.hash(previousHash: ChainHash.genesis, seq: seq, atText: "t", operatorName: "王芳",
                                       console: "c", kind: "k", payload: payload)
            var hex = fresh
            #expect(hex.withUTF8 { ChainHash.digest(digest, isSpelled: $0) })
            var wrong = String(fresh.dropLast()) + (fresh.last == "0" ? "1" : "0")
            #expect(!wrong.withUTF8 { ChainHash.digest(digest, isSpelled: $0) })
        }
    }
}
