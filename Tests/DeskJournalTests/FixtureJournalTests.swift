import DeskCore
import Foundation
import Testing
@testable import DeskJournal

/// Journals written by released versions stay readable: each fixture under `Fixtures/` was made
/// by that version's `streetdesk` (init, then `do` of every kind), with that version's
/// `show --json` beside it. Opening one migrates a copy; its chain, and what the desk shows of
/// it, must be what that version showed.
@Suite struct FixtureJournalTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// A working copy: opening a journal brings its schema up to date, which must not touch the fixture.
    func copy(_ name: String, into dir: String) throws -> Journal {
        let path = dir + "/" + name
        try FileManager.default.copyItem(atPath: Self.folder.appendingPathComponent(name).path, toPath: path)
        return try Journal.open(at: path)
    }

    /// Each released journal, with the entries it holds.
    static let released: [(String, Int64)] = [("released-v1", 23), ("released-v2", 34), ("released-v3", 46), ("released-v4", 55)]

    @Test(arguments: released) func aReleasedJournalOpensReplaysAndShowsWhatItShowed(_ name: String, _ count: Int64) throws {
        let shown = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: Self.folder.appendingPathComponent(name + ".show.json"))) as? [String: Any])
        let asOf = try #require(Timestamp.parse(shown["asOf"] as! String))
        try withScratch { dir in
            let journal = try copy(name + ".journal", into: dir)
            #expect(try journal.verify() == .intact(count: count))
            let state = try DeskSession.replay(journal, asOf: asOf).state

            let cases = shown["cases"] as! [[String: Any]]
            #expect(state.openCases().map(\.id.raw) == cases.map { $0["id"] as! String })
            for (item, old) in zip(state.openCases(), cases) {
                #expect(item.status.rawValue == old["status"] as? String)
                #expect(item.departments.map(\.raw) == old["departments"] as? [String])
                #expect(state.deadlineState(of: item, at: asOf).label.en == old["deadline"] as? String)
                #expect(Timestamp.format(item.resolveBy) == old["resolveBy"] as? String)
            }
            let whistles = shown["whistles"] as! [[String: Any]]
            #expect(state.openWhistles().map(\.id.raw) == whistles.map { $0["id"] as! String })
            for (whistle, old) in zip(state.openWhistles(), whistles) {
                let summons = old["summons"] as! [[String: Any]]
                #expect(whistle.summons.map { $0.record(at: asOf).rawValue } == summons.map { $0["record"] as! String })
            }
            let dispatches = shown["dispatches"] as! [[String: Any]]
            #expect(state.openDispatches().map(\.id.raw) == dispatches.map { $0["id"] as! String })

            // The current version keeps writing to it, checkpoints included.
            let session = try DeskSession(journal: journal, operatorName: "李明", console: "console-1")
            try session.perform(.progress("C0002", note: "已协调供水"), at: asOf)
            try journal.saveCheckpoint(session.state)
            #expect(try journal.verify() == .intact(count: count + 1))
            #expect(try DeskSession(journal: journal, operatorName: "李明", console: "c").state == DeskSession.replayFromStart(journal))
        }
    }

    /// Format 2's own entries read back as written: a reopened case found unsolvable with two
    /// call-backs, a duplicate closed with its survivor, an approved return, a rejected and an
    /// approved extension.
    @Test func theSecondFormatsEntriesReadBackAsWritten() throws {
        try withScratch { dir in
            let state = try DeskSession.replayFromStart(try copy("released-v2.journal", into: dir))
            let survivor = try #require(state.cases["C0001"])
            #expect(survivor.status == .closed && survivor.callbacks.count == 2 && survivor.unsolvableReason != nil)
            #expect(state.cases["C0003"]?.status == .closed && state.cases["C0003"]?.feedbackAt != nil)
            #expect(state.cases["C0005"]?.status == .returned)
            #expect(state.cases["C0002"]?.extensionCount == 1 && state.cases["C0002"]?.pendingRequest == nil)
            #expect(state.street?.profile.format == 2)
        }
    }

    /// Format 3's own entries read back as written: an acknowledged handover, a corrected
    /// category and a withdrawn refusal, the hotline centre's evaluation and imported orders.
    @Test func theThirdFormatsEntriesReadBackAsWritten() throws {
        try withScratch { dir in
            let state = try DeskSession.replayFromStart(try copy("released-v3.journal", into: dir))
            #expect(state.street?.profile.format == 3)
            #expect(state.handovers.last?.acknowledgedAt != nil)
            #expect(state.cases["C0004"]?.category == "utilities.no-water")
            #expect(state.whistles["W0001"]?.summons(of: "housing")?.state != .refused)
            #expect(state.cases["C0002"]?.evaluation != nil)
            #expect(state.cases.values.contains { $0.order != nil })
        }
    }

    /// Format 4's own entries read back as written: a theme tagged and one taken off again, and
    /// Open311 service requests taken in by their ids, one of them closed by the feed.
    @Test func theFourthFormatsEntriesReadBackAsWritten() throws {
        try withScratch { dir in
            let state = try DeskSession.replayFromStart(try copy("released-v4.journal", into: dir))
            #expect(state.street?.profile.format == 4)
            #expect(state.cases["C0002"]?.tags.map(\.raw) == ["heating"])
            #expect(state.cases["C0004"]?.tags.isEmpty == true)
            let requests = state.cases.values.compactMap(\.serviceRequest)
            #expect(requests.count == 2)
            #expect(requests.contains { $0.applied.request.closed })
        }
    }

    /// A journal whose first entry records a newer format is refused with a clear message,
    /// never misread: its entries may mean what this version cannot know.
    @Test func aJournalOfANewerFormatIsRefusedNotMisread() throws {
        try withScratch { dir in
            var profile = DeskSessionTests.profile
            profile.format = JournalFormat.current + 1
            let journal = try Journal.create(at: dir + "/newer.journal")
            try journal.append([DeskSession.newEntry(.streetConfigured(profile), at: sampleTime(), by: "李明", from: "c")])
            let expected = JournalDamage(seq: 1, problem: .newerFormat(JournalFormat.current + 1))
            #expect(throws: expected) { try journal.street() }
            #expect(try DeskSession(journal: journal, operatorName: "李明", console: "c").damage == expected)
            #expect(expected.message(.zh).contains("请先升级"))
        }
    }

    /// This release writes its format into the first entry.
    @Test func aNewJournalRecordsTheCurrentFormat() throws {
        try withScratch { dir in
            let session = try DeskSessionTests().configured(dir + "/a.journal")
            #expect(try session.journal.street()?.profile.format == JournalFormat.current)
        }
    }
}
