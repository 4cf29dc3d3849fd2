import DeskCore
import DeskDemo
import Foundation
import Testing
@testable import DeskJournal

/// Checkpoints are derived data: a session opened from one equals a replay from entry 1, one
/// that does not match the chain or its digests is passed over, and a command decided from a
/// checkpoint's few records is decided exactly as a whole session would decide it.
@Suite struct CheckpointTests {
    static let profile = try! DemoProfile.load()
    static let now = Date(timeIntervalSince1970: 1_795_759_200)
    static let history = DemoHistory.generate(profile: profile, endingAt: now)

    /// A journal holding the demo week, its first `checkpointAt` entries saved as a checkpoint.
    func demoJournal(_ path: String, checkpointAt: Int? = nil) throws -> Journal {
        let journal = try Journal.create(at: path)
        let session = try DeskSession(journal: journal, operatorName: "李明", console: "console-1")
        try session.write(Self.history)
        if let checkpointAt {
            try journal.saveCheckpoint(try DeskSession.replayFromStart(journal, through: Int64(checkpointAt)))
        }
        return journal
    }

    @Test func aSessionOpenedFromACheckpointEqualsAReplayFromEntryOne() throws {
        try withScratch { dir in
            let journal = try demoJournal(dir + "/a.journal", checkpointAt: Self.history.count / 2)
            #expect(try journal.checkpoints().map(\.seq) == [Int64(Self.history.count / 2)])
            let session = try DeskSession(journal: journal, operatorName: "李明", console: "console-1")
            #expect(session.checkpointSeq == Int64(Self.history.count / 2))
            #expect(session.state == (try DeskSession.replayFromStart(journal)))
            #expect(try DeskSession.replay(journal, asOf: Self.now.addingTimeInterval(-86_400)).state
                == (try DeskSession.replayFromStart(journal).asOf(journal, Self.now.addingTimeInterval(-86_400))))
        }
    }

    @Test func aSessionSavesACheckpointEveryIntervalAndKeepsTheNewestTwo() throws {
        try withScratch { dir in
            let journal = try demoJournal(dir + "/a.journal")
            let session = try DeskSession(journal: journal, operatorName: "李明", console: "console-1")
            session.checkpointEvery = 2
            for n in 0..<6 {
                try session.perform(.handover(note: "交接\(n)", to: "王静"), at: Self.now.addingTimeInterval(Double(n)))
            }
            // No checkpoint yet: the first entry makes one due; then every second one.
            let first = Int64(Self.history.count + 1)
            #expect(try journal.checkpoints().map(\.seq) == [first + 4, first + 2])
            #expect(try sqlite3(journal.path, "SELECT count(DISTINCT checkpoint) FROM checkpoint_items").output == "2")
        }
    }

    /// The desk's opening: boards and figures from the open records at once, the settled history
    /// adopted later — and an entry about a settled case waits for it rather than being lost.
    @Test func theSettledHistoryArrivesAfterTheFirstFrameAndLosesNothing() throws {
        try withScratch { dir in
            let journal = try demoJournal(dir + "/a.journal", checkpointAt: Self.history.count)
            let whole = try DeskSession.replayFromStart(journal)
            let desk = try DeskSession(journal: journal, operatorName: "李明", console: "console-1", settledInBackground: true)
            let days = whole.street!.calendar.day(Self.now) - 6...whole.street!.calendar.day(Self.now)
            #expect(desk.state.queue == whole.queue)
            #expect(desk.state.alarmCounts(at: Self.now) == whole.alarmCounts(at: Self.now))
            #expect(desk.state.rates(.street, days: days, at: Self.now) == whole.rates(.street, days: days, at: Self.now))
            let (mine, theirs) = (desk.state.figures(days: days, at: Self.now), whole.figures(days: days, at: Self.now))
            #expect(mine.cases == theirs.cases && mine.activity == theirs.activity && mine.refusals == theirs.refusals)
            // Another console calls back a closed case: the desk must fold it onto that case.
            let closed = try #require(whole.caseOrder.compactMap { whole.cases[$0] }.first { $0.status == .closed })
            let other = try DeskSession(journal: try Journal.open(at: journal.path), operatorName: "王静", console: "console-2")
            try other.perform(.callback(closed.id, solved: false, satisfaction: .unsatisfied, note: "仍未解决"), at: Self.now)
            #expect(try desk.refresh() == 1)
            #expect(desk.state.cases[closed.id]?.callbacks.last?.solved == false)
            try desk.completeRestore()
            #expect(desk.isComplete)
            #expect(desk.state == (try DeskSession.replayFromStart(journal)))
        }
    }

    /// Damage of every kind: each checkpoint is passed over and the session still equals a replay.
    @Test(arguments: [
        "UPDATE checkpoint_items SET data = substr(data, 1, length(data) - 1) WHERE id = 'C0003'",
        "UPDATE checkpoint_items SET digest = zeroblob(32) WHERE id = 'C0007'",
        "UPDATE checkpoints SET header = zeroblob(40)",
        "UPDATE checkpoints SET figures = substr(figures, 2), figures_digest = figures_digest",
        "UPDATE checkpoints SET hash = 'feed'",
        "UPDATE checkpoints SET format = 0",
    ])
    func aDamagedCheckpointIsPassedOver(_ damage: String) throws {
        try withScratch { dir in
            let journal = try demoJournal(dir + "/a.journal", checkpointAt: 1000)
            try sqlite3(journal.path, damage)
            var problems = [Journal.CheckpointProblem]()
            #expect(try journal.loadCheckpoint { problems.append($1) } == nil)
            #expect(problems.count == 1)
            let session = try DeskSession(journal: journal, operatorName: "李明", console: "console-1")
            #expect(session.state == (try DeskSession.replayFromStart(journal)))
        }
    }

    /// Commands of every kind, decided once from a checkpoint's records and once by a whole
    /// session on a copy of the same journal: the same entries, or the same refusal.
    @Test func aCommandDecidedFromACheckpointIsDecidedAsAWholeSessionWould() throws {
        try withScratch { dir in
            let once = try demoJournal(dir + "/once.journal", checkpointAt: Self.history.count - 300)
            let whole = try DeskSession(journal: try demoJournal(dir + "/whole.journal"), operatorName: "赵建国", console: "c")
            let state = whole.state
            let cases = state.caseOrder.suffix(40)
            let whistle = try #require(state.openWhistles().first)
            let dispatch = try #require(state.openDispatches().first)
            var commands: [DeskCommand] = [
                .intake(.init(type: .complaint, category: "env.garbage", grid: GridCode("110101099001001")!, summary: "新诉求")),
                .summons(whistle.id, department: whistle.summons[0].department, to: .reportedIn, note: "张科长"),
                .closeWhistle(whistle.id, note: ""),
                .unitStatus(dispatch.id, department: dispatch.lead, status: .cleared),
                .conclude(dispatch.id, outcome: EnforcementOutcome.allCases[0], findings: "已整改"),
                .merge(cases.last!, into: cases.first!),
                .patrol(grid: GridCode("110101099001001")!, stage: .hazard, summary: "井盖缺失", category: nil),
            ]
            for id in cases {
                commands += [.contact(id, note: ""), .resolve(id, note: "已处理"), .feedback(id, note: "已告知"),
                             .callback(id, solved: true, satisfaction: .satisfied, note: ""), .close(id, note: ""),
                             .urge(id, note: "加快"), .route(id, outcome: .transfer, departments: ["sanitation"], reason: nil)]
            }
            var decided = 0
            for (n, command) in commands.enumerated() {
                let at = Self.now.addingTimeInterval(Double(n))
                let expected = Result { try whole.perform(command, at: at).map(\.event) }
                let got = Result { try DeskSession.performOnce(command, on: once, operatorName: "赵建国", console: "c", at: at).map(\.event) }
                switch (expected, got) {
                case let (.success(a), .success(b)):
                    #expect(a == b, "\(command)")
                    decided += 1
                case let (.failure(a), .failure(b)): #expect("\(a)" == "\(b)", "\(command)")
                default: Issue.record("\(command): \(expected) against \(got)")
                }
            }
            #expect(decided > 100)
            #expect(try once.lastSeq() == whole.journal.lastSeq())
            #expect(try DeskSession.replayFromStart(once) == whole.state)
        }
    }
}

extension DeskState {
    /// This state cut back to `asOf` by replaying `journal` from entry 1 (for comparison only).
    func asOf(_ journal: Journal, _ moment: Date) throws -> DeskState {
        var state = DeskState()
        try journal.forEachRecorded(after: 0) { entry in
            guard entry.at <= moment else { return false }
            state.apply(entry)
            return true
        }
        return state
    }
}
