@testable import DeskCore
import DeskDemo
import Foundation
import PropertyBased
import Testing

/// The indexes the fold keeps (open queue, per-day ledgers) against a plain count over every
/// record, as the desk computed them before it kept indexes: after random command sequences
/// and over the demo week, at several moments.
@Suite struct IndexTests {
    /// The queue, nearest running deadline first: sorted from scratch.
    static func naiveQueue(_ state: DeskState) -> [CaseID] {
        state.caseOrder.compactMap { state.cases[$0] }.filter { $0.status.isOpen }.sorted { a, b in
            switch (a.runningClock, b.runningClock) {
            case let (x?, y?): x.deadline == y.deadline ? a.ordinal < b.ordinal : x.deadline < y.deadline
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.ordinal < b.ordinal
            }
        }.map(\.id)
    }

    /// The three rates by scanning every case over whole street days.
    static func naiveRates(_ state: DeskState, _ scope: RateScope, days: ClosedRange<StreetDay>, at now: Date) -> RateFigures {
        let calendar = state.street!.calendar
        var figures = RateFigures()
        // Requests only (hotline, media), neither returned nor merged into another case.
        for item in state.cases.values where [.hotline, .media].contains(item.source) && item.status != .returned
            && item.mergedInto == nil && scope.contains(item) {
            if days.contains(calendar.day(item.respondBy)), item.respondBy <= now || item.contactedAt != nil {
                figures.due += 1
                if item.respondedOnTime { figures.respondedOnTime += 1 }
            }
            if let callback = item.callbacks.first, days.contains(calendar.day(callback.at)) {
                figures.calledBack += 1
                if callback.solved { figures.solved += 1 }
                if callback.satisfaction.counts { figures.satisfied += 1 }
            }
        }
        return figures
    }

    static func naiveAlarms(_ state: DeskState, at now: Date) -> (Int, Int) {
        let states = state.cases.values.filter { $0.status.isOpen }.map { state.deadlineState(of: $0, at: now) }
            + state.whistles.values.filter(\.isOpen).map { state.deadlineState(of: $0, at: now) }
        return (states.count { $0 == .overdue }, states.count { $0 == .dueSoon })
    }

    static func naiveRecord(_ state: DeskState, _ department: DepartmentID, days: ClosedRange<StreetDay>, at now: Date) -> WhistleRecordFigures {
        var figures = WhistleRecordFigures()
        for whistle in state.whistles.values where days.contains(state.street!.calendar.day(whistle.blownAt)) {
            for summons in whistle.summons where summons.department == department {
                figures.summoned += 1
                switch summons.record(at: now) {
                case .onTime: figures.onTime += 1
                case .late: figures.late += 1
                case .refused: figures.refused += 1
                case .pending: figures.pending += 1
                }
            }
        }
        return figures
    }

    /// Every index of `state` against its plain count, at `now`.
    static func check(_ state: DeskState, at now: Date) {
        #expect(state.queue.entries.map(\.id) == naiveQueue(state))
        let alarms = state.alarmCounts(at: now)
        let naive = naiveAlarms(state, at: now)
        #expect(alarms.overdue == naive.0 && alarms.dueSoon == naive.1, "alarms \(alarms) against \(naive)")
        for entry in state.queue.entries {
            #expect(entry.state(at: now) == state.deadlineState(of: state.cases[entry.id]!, at: now))
        }
        for (grid, queue) in state.queueByGrid {
            #expect(queue.entries.map(\.id) == naiveQueue(state).filter { state.cases[$0]?.grid == grid })
        }
        let calendar = state.street!.calendar
        let today = calendar.day(now)
        let scopes: [RateScope] = [.street, .department("sanitation"), .department("water"), .grid(grid1), .community("001"),
                                   .category("env.garbage"), .source(.media), .type(.complaint)]
        for days in [today...today, (today - 6)...today, (today - 30)...(today + 1), (today - 2)...(today - 1)] {
            for scope in scopes {
                #expect(state.rates(scope, days: days, at: now) == naiveRates(state, scope, days: days, at: now), "\(scope) \(days)")
            }
            for department in ["sanitation", "police", "water"] as [DepartmentID] {
                #expect(state.whistleRecord(department, days: days, at: now) == naiveRecord(state, department, days: days, at: now))
            }
        }
        let counts = state.figures(days: today...today, at: now)
        #expect(Int(counts.cases.takenIn) == state.cases.values.count { calendar.day($0.receivedAt) == today })
        #expect(Int(counts.cases.proactive) == state.cases.values.count {
            calendar.day($0.receivedAt) == today && ($0.source == .patrol || $0.source == .walkIn)
        })
        #expect(Int(counts.cases.closed) == state.cases.values.count {
            $0.status == .closed && $0.closedAt.map(calendar.day) == today
        })
    }

    @Test func indexesEqualAPlainCountOverRandomCommandSequences() async {
        let steps = Gen.int(in: 0...10_000).array(of: 1...80)
        await propertyCheck(count: 80, input: steps) { rolls in
            let desk = RandomCommand.play(rolls)
            for later in [TimeSpan.minutes(0), .hours(3), .days(2)] { Self.check(desk.state, at: desk.now + later) }
        }
    }

    @Test func indexesEqualAPlainCountOverTheDemoWeek() {
        let state = DeskState(replaying: ReplayTests.demo.recorded())
        for hours in [-30.0, 0, 5, 50] { Self.check(state, at: ReplayTests.now.addingTimeInterval(hours * 3600)) }
    }

    @Test func theQueueCountsAtTheEdgesOfEachClock() {
        var queue = OpenQueue()
        let start = Date(timeIntervalSinceReferenceDate: 0)
        let clock = RunningClock(kind: .respond, start: start, deadline: start.addingTimeInterval(100))
        let rule = DueSoonRule(fraction: 0.25, floor: TimeSpan(seconds: 10))
        let entry = OpenQueue.Entry(id: "C0001", ordinal: 0, deadline: clock.deadline.timeIntervalSinceReferenceDate,
                                    dueSoonAt: rule.start(of: clock).timeIntervalSinceReferenceDate, key: SearchKey([]))
        queue.insert(entry)
        for t in [0.0, 74.9, 75, 75.1, 100, 100.1] {
            let now = start.addingTimeInterval(t)
            let state = clock.state(at: now, rule)
            #expect(entry.state(at: now) == state, "at \(t)")
            let counts = queue.counts(at: now)
            #expect(counts.overdue == (state == .overdue ? 1 : 0) && counts.dueSoon == (state == .dueSoon ? 1 : 0), "at \(t)")
        }
        queue.remove(entry)
        #expect(queue.isEmpty && queue.counts(at: start.addingTimeInterval(200)) == (0, 0))
    }
}
