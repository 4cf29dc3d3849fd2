import DeskCore
import DeskDemo
import Foundation
import Testing
@testable import DeskJournal

@Suite struct DeskSessionTests {
    static let profile = try! DemoProfile.load()
    let grid = GridCode("110101099001001")!

    func intake(_ summary: String) -> DeskCommand {
        .intake(.init(type: .complaint, category: "env.garbage", grid: grid, summary: summary))
    }

    func configured(_ path: String, operatorName: String = "李明") throws -> DeskSession {
        let session = try DeskSession(journal: try Journal.create(at: path), operatorName: operatorName, console: "console-1")
        try session.perform(.configure(Self.profile), at: sampleTime())
        return session
    }

    @Test func performWritesAndFoldsWhatWasWritten() throws {
        try withScratch { dir in
            let session = try configured(dir + "/a.journal")
            let written = try session.perform(intake("3号楼垃圾"), at: sampleTime(60.0004))
            #expect(written.map(\.seq) == [2])
            #expect(written.first?.operatorName == "李明")
            #expect(written.first?.at == Timestamp.date(milliseconds: Timestamp.milliseconds(sampleTime(60))))
            #expect(session.state.cases["C0001"]?.summary == "3号楼垃圾")
            let entries = try session.journal.entries(after: 0)
            #expect(entries.map(\.kind) == ["street.configured", "case.intake"])
            #expect(try DeskSession.replay(session.journal).state == session.state)
        }
    }

    @Test func aRefusedCommandWritesNothing() throws {
        try withScratch { dir in
            let session = try configured(dir + "/a.journal")
            try session.perform(intake("x"), at: sampleTime(1))
            #expect(throws: DeskError.closeBeforeRouting("C0001")) { try session.perform(.close("C0001", note: ""), at: sampleTime(2)) }
            #expect(try session.journal.lastSeq() == 2)
            #expect(session.state.lastSeq == 2)
        }
    }

    /// Two consoles on one journal: each decides against the other's entries, so ids never clash.
    @Test func twoConsolesNeverActOnAStaleState() throws {
        try withScratch { dir in
            let path = dir + "/a.journal"
            let first = try configured(path)
            let second = try DeskSession(journal: try Journal.open(at: path), operatorName: "王静", console: "console-2")
            try first.perform(intake("一号台"), at: sampleTime(1))
            let written = try second.perform(intake("二号台"), at: sampleTime(2))
            #expect(written.first?.event.subject == "C0002")
            #expect(second.state.caseOrder == ["C0001", "C0002"])
            #expect(try first.refresh() == 1)
            #expect(first.state.lastSeq == 3)
            #expect(first.state == second.state)
            #expect(try first.journal.verify() == .intact(count: 3))
        }
    }

    /// A console whose clock runs slow writes no entry earlier than the one before it, so the
    /// state at a moment is every entry whose time is not later than it.
    @Test func entryTimesNeverGoBackWhateverTheConsolesClocks() throws {
        try withScratch { dir in
            let path = dir + "/a.journal"
            let fast = try configured(path)
            let slow = try DeskSession(journal: try Journal.open(at: path), operatorName: "王静", console: "console-2")
            try fast.perform(intake("快钟"), at: sampleTime(600))
            try slow.perform(intake("慢钟"), at: sampleTime(300))
            try fast.perform(intake("再快"), at: sampleTime(900))
            let times = try fast.journal.entries(after: 0).map(\.at)
            #expect(times == times.sorted())
            #expect(times[2] == sampleTime(600))
            for moment in [299.0, 300, 450, 600, 899, 900].map(sampleTime) {
                let asOf = try DeskSession.replay(fast.journal, asOf: moment).state
                let everyEntryNotLater = try fast.journal.entries(after: 0).filter { $0.at <= moment }
                #expect(asOf.lastSeq == everyEntryNotLater.last?.seq ?? 0, "at \(moment)")
                #expect(asOf.lastSeq == Int64(everyEntryNotLater.count), "at \(moment)")
            }
        }
    }

    @Test func asOfReplayStopsAtThatMoment() throws {
        try withScratch { dir in
            let session = try configured(dir + "/a.journal")
            try session.perform(intake("早"), at: sampleTime(100))
            try session.perform(intake("晚"), at: sampleTime(200))
            let earlier = try DeskSession.replay(session.journal, asOf: sampleTime(150)).state
            #expect(earlier.caseOrder == ["C0001"])
        }
    }

    @Test func demoHistoryGoesInWholeAndVerifies() throws {
        try withScratch { dir in
            let session = try DeskSession(journal: try Journal.create(at: dir + "/demo.journal"), operatorName: "x", console: "c")
            let history = DemoHistory.generate(profile: Self.profile, endingAt: sampleTime())
            try session.write(history)
            #expect(session.state.lastSeq == Int64(history.count))
            #expect(try session.journal.verify() == .intact(count: Int64(history.count)))
            #expect(try DeskSession.replay(session.journal).state == session.state)
            #expect(throws: JournalSessionError.journalNotEmpty) { try session.write(history) }
        }
    }

    @Test func anUnreadableEntryIsNamed() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/odd.journal")
            try journal.append([NewEntry(at: sampleTime(), operatorName: "x", console: "c", kind: "case.teleported", payload: "{}")])
            let session = try DeskSession(journal: journal, operatorName: "x", console: "c")
            #expect(session.damage == JournalDamage(seq: 1, problem: .unknownKind("case.teleported")))
        }
    }
}
