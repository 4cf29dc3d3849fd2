import Foundation
import Testing
@testable import DeskJournal

@Suite("Journal: append and read")
struct JournalRoundTripTests {
    @Test func roundTripKeepsChineseText() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journal = try Journal.create(at: path)
            let appended = try journal.append([
                NewEntry(at: sampleTime(), operatorName: "李建国", console: "一号台", kind: "case.intake",
                         payload: #"{"address":"朝阳区三里屯路19号","phone":"13812345678","summary":"噪音扰民 🔊"}"#),
                sample(2),
            ])
            #expect(appended.map(\.operatorName) == ["李建国", "王芳"])
            #expect(appended[0].console == "一号台")
            #expect(appended[0].payload == #"{"address":"朝阳区三里屯路19号","phone":"13812345678","summary":"噪音扰民 🔊"}"#)
            #expect(try journal.entries(after: 0) == appended)
            #expect(try Journal.open(at: path).entries(after: 0) == appended)
        }
    }

    @Test func seqsAreContiguousAndLinked() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/desk.journal")
            try journal.append(samples(1...2))
            try journal.append(samples(3...3))
            try journal.append(samples(4...7))
            let entries = try journal.entries(after: 0)
            #expect(entries.map(\.seq) == Array(1...7))
            #expect(entries[0].previousHash == String(repeating: "0", count: 64))
            for (before, after) in zip(entries, entries.dropFirst()) {
                #expect(after.previousHash == before.hash)
            }
            #expect(Set(entries.map(\.hash)).count == 7)
            #expect(entries.allSatisfy { $0.hash.count == 64 && $0.hash.allSatisfy { "0123456789abcdef".contains($0) } })
            #expect(try journal.lastSeq() == 7)
        }
    }

    @Test func verifyCountsIntactEntries() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/desk.journal")
            #expect(try journal.verify() == .intact(count: 0))
            try journal.append(samples(1...5))
            #expect(try journal.verify() == .intact(count: 5))
            // Past several verify batches.
            try journal.append(samples(6...2500))
            #expect(try journal.verify() == .intact(count: 2500))
        }
    }

    @Test func limitPagesThroughEntries() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/desk.journal")
            try journal.append(samples(1...9))
            #expect(try journal.entries(after: 2, limit: 3).map(\.seq) == [3, 4, 5])
            #expect(try journal.entries(after: 9).isEmpty)
        }
    }

    /// The expected hash was computed independently, with Python's hashlib, from the encoding in ChainHash's doc comment.
    @Test func hashFollowsTheDocumentedEncoding() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/desk.journal")
            let entry = try journal.append([
                NewEntry(at: Date(timeIntervalSince1970: 1_795_757_640.123), operatorName: "王芳", console: "desk-1",
                         kind: "case.intake", payload: #"{"summary":"噪音扰民"}"#),
            ])[0]
            #expect(entry.atText == "2026-11-27T13:34:00.123+08:00")
            #expect(entry.hash == "6c1ef5fad192c3b16c9e67761fb21b61bd9a3f0a5b085ead59f3b8b2fc36715d")
        }
    }

    @Test func timeTextNamesTheInstantExactly() throws {
        try withScratch { dir in
            let beijing = try Journal.create(at: dir + "/beijing.journal")
            let written = try beijing.append([NewEntry(
                at: Date(timeIntervalSince1970: 1_795_757_640.123_456), operatorName: "王芳", console: "desk-1",
                kind: "case.intake", payload: "{}")])[0]
            #expect(written.atText == "2026-11-27T13:34:00.123+08:00")
            #expect(written.at == Date(timeIntervalSince1970: 1_795_757_640.123))
            #expect(try beijing.entries(after: 0)[0].at == written.at)
            let rounded = try beijing.append([NewEntry(
                at: Date(timeIntervalSince1970: 1_795_757_640.9996), operatorName: "王芳", console: "desk-1",
                kind: "case.intake", payload: "{}")])[0]
            #expect(rounded.atText == "2026-11-27T13:34:01.000+08:00")

            let utc = try Journal.create(at: dir + "/utc.journal", timeZone: TimeZone(identifier: "UTC")!)
            #expect(try utc.append([sample(0)])[0].atText == "2026-11-27T05:34:00.000+00:00")
            let newfoundland = try Journal.create(at: dir + "/nl.journal", timeZone: TimeZone(identifier: "America/St_Johns")!)
            #expect(try newfoundland.append([sample(0)])[0].atText == "2026-11-27T02:04:00.000-03:30")
        }
    }

    @Test(arguments: [
        "2026-11-27T13:34:00.123+08:00",
        "1969-12-31T23:59:59.999+00:00",
        "2024-02-29T00:00:00.000-03:30",
        "0001-01-02T00:00:00.000+14:00",
    ])
    func timeTextRoundTrips(text: String) throws {
        let milliseconds = try #require(JournalTime.milliseconds(text: text))
        let offset = (text.hasSuffix("+08:00") ? 480 : text.hasSuffix("-03:30") ? -210 : text.hasSuffix("+14:00") ? 840 : 0)
        #expect(JournalTime.text(milliseconds: milliseconds, offsetMinutes: offset) == text)
    }

    @Test(arguments: [
        "2026-02-29T00:00:00.000+08:00", "2026-11-27T24:00:00.000+08:00", "2026-11-27T13:34:00.12+08:00",
        "2026-11-27T13:34:00.123Z", "2026-11-27 13:34:00.123+08:00", "2026-11-27T13:34:00.123-00:00",
    ])
    func malformedTimeTextIsRejected(text: String) {
        #expect(JournalTime.milliseconds(text: text) == nil)
    }

    @Test func refusedEntryWritesNothing() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/desk.journal")
            try journal.append(samples(1...2))
            let cases: [(NewEntry, JournalError.EntryProblem)] = [
                (NewEntry(at: sampleTime(), operatorName: "王芳", console: "desk-1", kind: "case.intake", payload: "{oops"), .payloadNotJSON),
                (NewEntry(at: sampleTime(), operatorName: "王芳", console: "desk-1", kind: "", payload: "{}"), .emptyKind),
                (NewEntry(at: sampleTime(), operatorName: "王\u{0}芳", console: "desk-1", kind: "case.intake", payload: "{}"), .nulCharacter(field: "operator")),
                (NewEntry(at: Date(timeIntervalSince1970: 1e12), operatorName: "王芳", console: "desk-1", kind: "case.intake", payload: "{}"), .timeOutOfRange),
            ]
            for (bad, problem) in cases {
                #expect(throws: JournalError.invalidEntry(index: 1, problem: problem)) {
                    try journal.append([sample(3), bad, sample(4)])
                }
            }
            #expect(try journal.lastSeq() == 2)
            #expect(try journal.verify() == .intact(count: 2))
        }
    }
}
