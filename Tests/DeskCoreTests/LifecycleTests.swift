@testable import DeskCore
import Foundation
import Testing

/// The 12345 lifecycle (接 → 派 → 办 → 评) as the regulation and the street profile have it:
/// one test per rule, each naming where the rule comes from.
@Suite struct LifecycleTests {
    static let supervisor = "赵建国"

    /// Art 17: a case closes only once triaged, concluded (solved, or found unsolvable with a
    /// reason) and answered.
    @Test func closingNeedsTriageAConclusionAndFeedbackArt17() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.feedback(id, note: "已告知正在处理"))
        #expect(desk.refuses(.close(id, note: "")) == .closeBeforeRouting(id))
        try desk.perform(.route(id, outcome: .handle, departments: [], reason: nil))
        #expect(desk.refuses(.close(id, note: "")) == .closeBeforeResolution(id))
        #expect(desk.refuses(.findUnsolvable(id, reason: "  ")) == .missing(field: FieldLabel.reason))
        try desk.action("resolve", id.raw, ["outcome": ["unsolvable"], "note": ["涉及规划调整，暂不具备条件"]])
        let item = try #require(desk.state.cases[id])
        #expect(item.unsolvableReason == "涉及规划调整，暂不具备条件" && item.resolvedAt != nil)
        try desk.perform(.close(id, note: ""))
        #expect(desk.state.cases[id]?.status == .closed)
    }

    /// Art 17: a merged duplicate's complainant is answered by the survivor's feedback and the
    /// duplicate closes with it; nothing merges into a closed case.
    @Test func aMergedDuplicateFollowsItsSurvivorArt17() throws {
        var desk = Desk()
        let closed = try desk.intake()
        for command in [DeskCommand.route(closed, outcome: .handle, departments: [], reason: nil), .resolve(closed, note: ""),
                        .feedback(closed, note: "已清运"), .close(closed, note: "")] { try desk.perform(command) }
        let late = try desk.intake(summary: "（重复）3号楼垃圾")
        #expect(desk.refuses(.merge(late, into: closed)) == .mergeTarget(closed, .closed))

        let survivor = try desk.intake()
        let duplicate = try desk.intake(summary: "（重复）3号楼垃圾")
        try desk.perform(.merge(duplicate, into: survivor))
        try desk.perform(.route(survivor, outcome: .handle, departments: [], reason: nil))
        try desk.perform(.resolve(survivor, note: ""))
        try desk.perform(.feedback(survivor, note: "已清运"))
        #expect(desk.state.cases[duplicate]?.feedbackAt == desk.now)
        // A duplicate merged after the answer has not heard it: the survivor cannot close yet.
        let second = try desk.intake(summary: "（重复）又一次来电")
        try desk.perform(.merge(second, into: survivor))
        #expect(desk.refuses(.close(survivor, note: "")) == .duplicatesUnanswered(survivor, [second]))
        try desk.perform(.feedback(survivor, note: "再次告知"))
        try desk.perform(.close(survivor, note: ""))
        for id in [duplicate, second] {
            let item = try #require(desk.state.cases[id])
            #expect(item.status == .closed && item.feedbackAt != nil && item.mergedInto == survivor)
        }
    }

    /// 退单 is for orders the hotline dispatched, and takes effect only when a supervisor
    /// approves it; until then the case stays in the queue and in the figures.
    @Test func aReturnIsAHotlineRequestASupervisorDecides() throws {
        var desk = Desk()
        try desk.action("intake", nil, ["type": ["complaint"], "category": ["env.garbage"], "grid": ["001001"],
                                        "summary": ["巡查发现垃圾堆放"], "source": ["patrol"]])
        #expect(desk.refuses(.returnCase("C0001", rule: "职责清单", reason: "")) == .returnNotFromHotline("C0001", .patrol))
        let id = try desk.intake()
        try desk.perform(.returnCase(id, rule: "职责清单第3项", reason: "属市级事权"))
        #expect(desk.state.cases[id]?.status == .received)
        #expect(desk.state.cases[id]?.pendingRequest != nil)
        #expect(desk.state.queue.entries.contains { $0.id == id })
        #expect(desk.refuses(.returnCase(id, rule: "r", reason: "")) == .requestPending(id, CaseRequest.returnCase(.init(id: id, rule: "", reason: "")).label))
        #expect(desk.refuses(.approve(id)) == .supervisorOnly("李明"))
        try desk.perform(.reject(id, reason: "属本街道职责，继续办理"), by: Self.supervisor)
        #expect(desk.state.cases[id]?.pendingRequest == nil && desk.state.cases[id]?.status == .received)
        try desk.perform(.returnCase(id, rule: "职责清单第3项", reason: "补充材料"))
        try desk.perform(.approve(id), by: Self.supervisor)
        #expect(desk.state.cases[id]?.status == .returned)
        #expect(!desk.state.queue.entries.contains { $0.id == id })
    }

    /// 延期: only on a triaged case, within the profile's longest single extension and most per
    /// case, and only once a supervisor approves.
    @Test func anExtensionIsCappedByTheProfileAndApproved() throws {
        var desk = Desk()
        let id = try desk.intake()
        #expect(desk.refuses(.extend(id, by: .days(3), reason: "需协调")) == .extendBeforeRouting(id))
        try desk.perform(.route(id, outcome: .handle, departments: [], reason: nil))
        #expect(desk.refuses(.extend(id, by: .days(30), reason: "需协调")) == .extensionTooLong("30d", longest: "15d"))
        let before = try #require(desk.state.cases[id]?.resolveBy)
        try desk.perform(.extend(id, by: .days(3), reason: "需协调"))
        #expect(desk.state.cases[id]?.resolveBy == before)
        try desk.perform(.approve(id), by: Self.supervisor)
        #expect(desk.state.cases[id]?.resolveBy == before + .days(3))
        try desk.perform(.extend(id, by: .days(3), reason: "再协调"))
        try desk.perform(.approve(id), by: Self.supervisor)
        #expect(desk.refuses(.extend(id, by: .days(1), reason: "第三次")) == .extensionsUsedUp(id, most: 2))
        #expect(desk.state.cases[id]?.resolveBy == before + .days(6))
    }

    /// Profile `callbackRule` (default first): a reopen's second call-back joins the history
    /// and does not replace the first in the rates.
    @Test func callBacksAreKeptAndTheRatesCountTheFirst() throws {
        var desk = Desk()
        let id = try desk.intake()
        for command in [DeskCommand.route(id, outcome: .handle, departments: [], reason: nil), .resolve(id, note: ""),
                        .feedback(id, note: "已处理"), .callback(id, solved: false, satisfaction: .unsatisfied, note: "仍有垃圾"),
                        .reopen(id, reason: "回访未解决"), .resolve(id, note: "再次清运"), .feedback(id, note: "已再次处理"),
                        .callback(id, solved: true, satisfaction: .satisfied, note: "")] {
            try desk.perform(command)
        }
        #expect(desk.state.cases[id]?.callbacks.map(\.solved) == [false, true])
        let today = Street(Desk.profile).calendar.day(desk.now)
        let rates = desk.state.rates(.street, days: today - 10...today + 10, at: desk.now)
        #expect(rates.calledBack == 1 && rates.solved == 0 && rates.satisfied == 0)
    }

    /// The first contact of any kind stops the respond clock; resolving stops the clocks.
    @Test func feedbackIsContactAndResolvingStopsTheClock() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.feedback(id, note: "已电话告知"))
        #expect(desk.state.cases[id]?.contactedAt == desk.now)
        #expect(desk.state.cases[id]?.runningClock?.kind == .resolve)
        let other = try desk.intake()
        try desk.perform(.route(other, outcome: .handle, departments: [], reason: nil))
        try desk.perform(.resolve(other, note: "已清运"))
        #expect(desk.state.cases[other]?.runningClock == nil)
        desk.advance(.days(30))
        #expect(desk.state.deadlineState(of: try #require(desk.state.cases[other]), at: desk.now) == .none)
    }

    /// The composite is given only when every weighted rate has cases; a gap is never filled.
    @Test func theCompositeNeedsEveryWeightedRate() {
        let weights = RateWeights(response: 10, resolution: 45, satisfaction: 45)
        #expect(RateFigures(due: 1, respondedOnTime: 1).composite(weights) == nil)
        #expect(RateFigures(due: 2, respondedOnTime: 1, calledBack: 1, solved: 1, satisfied: 1).composite(weights) == 0.95)
        #expect(RateFigures(due: 1, respondedOnTime: 1).composite(RateWeights(response: 1, resolution: 0, satisfaction: 0)) == 1)
    }

    /// Cases the street found itself (patrol, walk-in) are proactive work: counted apart, not
    /// in the three rates of requests (Art 43).
    @Test func proactiveCasesAreCountedApartFromTheRates() throws {
        var desk = Desk()
        for source in ["walk-in", "patrol"] {
            try desk.action("intake", nil, ["type": ["complaint"], "category": ["env.garbage"], "grid": ["001001"],
                                            "summary": ["主动发现"], "source": [source]])
        }
        _ = try desk.intake()
        desk.advance(.days(2))
        let calendar = Street(Desk.profile).calendar
        let days = calendar.day(Desk.start)...calendar.day(desk.now)
        #expect(desk.state.rates(.street, days: days, at: desk.now).due == 1)
        #expect(desk.state.caseLedger.sum(0, days).proactive == 2)
        #expect(desk.state.caseLedger.sum(0, days).takenIn == 3)
    }

    /// Art 44's list is for the departments the street summons; a street unit's refusal stays
    /// on its whistle. 督办 reaches a department late to report in.
    @Test func art44ListsOnlySummonedDepartmentsAndLateOnesCanBeUrged() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.whistle(.init(type: .routine, departments: ["sanitation", "urban-enforce"], caseID: id)))
        #expect(desk.refuses(.urgeSummons("W0001", department: "sanitation", note: ""), by: Self.supervisor) == .noLateDepartment("W0001"))
        try desk.perform(.summons("W0001", department: "sanitation", to: .refused, note: "人手不足"))
        #expect(desk.state.refusals.isEmpty)
        desk.advance(.hours(25))
        #expect(desk.refuses(.urgeSummons("W0001", department: "urban-enforce", note: "")) == .supervisorOnly("李明"))
        try desk.perform(.urgeSummons("W0001", department: "urban-enforce", note: "请立即报到"), by: Self.supervisor)
        try desk.perform(.summons("W0001", department: "urban-enforce", to: .refused, note: "非本部门职责"))
        #expect(desk.state.refusals.map(\.department) == ["urban-enforce"])
    }

    /// Due soon: within the profile's fraction of the span, or within the floor (1 h by
    /// default), whichever comes first — an urgent case 14 minutes from its deadline is due soon.
    @Test func aShortClockIsDueSoonWithinTheFloor() throws {
        var desk = Desk()
        try desk.action("intake", nil, ["type": ["help"], "category": ["env.garbage"], "grid": ["001001"],
                                        "summary": ["紧急"], "urgency": ["urgent"]])
        let item = try #require(desk.state.cases["C0001"])
        let deadline = try #require(item.runningClock?.deadline)
        #expect(desk.state.deadlineState(of: item, at: deadline.addingTimeInterval(-61 * 60)) == .onTrack)
        #expect(desk.state.deadlineState(of: item, at: deadline.addingTimeInterval(-14 * 60)) == .dueSoon)
        #expect(desk.state.queue.counts(at: deadline.addingTimeInterval(-14 * 60)).dueSoon == 1)
    }

    /// A complainant's number is masked to what its length allows; intake takes only numbers a
    /// street can call back (or the profile's own patterns).
    @Test func phoneNumbersAreCheckedAtIntakeAndNeverShownWhole() throws {
        #expect(PhoneNumber.masked("13812345678") == "138****5678")
        #expect(PhoneNumber.masked("1380000") == "1****00")
        #expect(PhoneNumber.masked("65001234") == "65****34")
        #expect(PhoneNumber.masked("12345") == "****5")
        for number in ["13812345678", "65001234", "010-6500-1234", "12345", "95598"] { #expect(PhoneNumber.digits(number) != nil, "\(number)") }
        for number in ["1380000", "1234567890123456", "11111111111", "0123"] { #expect(PhoneNumber.digits(number) == nil, "\(number)") }
        var desk = Desk()
        #expect(throws: DeskError.invalidValue(field: FieldLabel.phone, value: "1380000", expected: .phoneDigits)) {
            try desk.action("intake", nil, ["type": ["complaint"], "category": ["env.garbage"], "grid": ["001001"],
                                            "summary": ["x"], "phone": ["1380000"]])
        }
        #expect(PhoneNumber.digits("888", patterns: ["[0-9]{3}"]) == "888")
    }

    /// 交接班 goes to another officer on the staff list.
    @Test func aHandoverGoesToAnotherListedOfficer() throws {
        var desk = Desk()
        #expect(desk.refuses(.handover(note: "无", to: "李明"), by: "李明") == .handoverToSelf("李明"))
        #expect(desk.refuses(.handover(note: "无", to: "张三"), by: "李明") == .notOnStaff("张三"))
        try desk.perform(.handover(note: "无", to: "王静"), by: "李明")
        #expect(desk.state.handovers.last?.to == "王静")
    }
}
