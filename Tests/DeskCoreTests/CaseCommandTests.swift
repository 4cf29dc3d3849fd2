@testable import DeskCore
import Foundation
import Testing

@Suite struct CaseCommandTests {
    @Test func intakeSetsBothClocksFromTheCategory() throws {
        var desk = Desk()
        let events = try desk.action("intake", nil, ["type": ["complaint"], "category": ["env.garbage"],
                                                     "grid": ["001001"], "summary": ["3号楼垃圾无人清运"], "phone": ["138-1234-5678"]])
        let expected = CaseTakenIn(
            id: "C0001", type: .complaint, source: .hotline, category: "env.garbage", grid: grid1,
            summary: "3号楼垃圾无人清运", phone: "13812345678", address: nil, timeLimit: .general,
            respondBy: Desk.start + .hours(24), resolveBy: Desk.start + .days(7), finding: nil)
        #expect(events == [.caseTakenIn(expected)])
        let item = try #require(desk.state.cases["C0001"])
        #expect(item.status == .received)
        #expect(item.runningClock == RunningClock(kind: .respond, start: Desk.start, deadline: Desk.start + .hours(24)))
        #expect(desk.state.openCases().map(\.id) == ["C0001"])
    }

    @Test func urgencyOverridesTheCategoryClass() throws {
        var desk = Desk()
        try desk.action("intake", nil, ["type": ["help"], "category": ["utilities.gas-leak"], "grid": [grid1.digits], "summary": ["闻到燃气味"]])
        #expect(desk.state.cases["C0001"]?.resolveBy == Desk.start + .hours(2))
        try desk.action("intake", nil, ["type": ["help"], "category": ["env.garbage"], "grid": [grid1.digits],
                                        "summary": ["x"], "urgency": ["urgent"]])
        #expect(desk.state.cases["C0002"]?.respondBy == Desk.start + .minutes(30))
    }

    @Test func intakeRefusesBadInputAndWritesNothing() {
        var desk = Desk()
        let base: [String: [String]] = ["type": ["complaint"], "category": ["env.garbage"], "grid": [grid1.digits], "summary": ["x"]]
        func refusal(_ change: [String: [String]]) -> DeskError? {
            do { try desk.action("intake", nil, base.merging(change) { $1 }); return nil } catch { return error }
        }
        #expect(refusal(["grid": ["12345"]]) == .badGridCode("12345"))
        #expect(refusal(["grid": ["110101099009009"]]) == .unknownGrid("110101099009009"))
        #expect(refusal(["category": ["nope"]]) == .unknownCategory("nope"))
        #expect(refusal(["type": ["praise"]]) == .invalidValue(field: Phrase("诉求类型", "type"), value: "praise", expected: .oneOf(ActionSpec.Choice.all(of: RequestType.self))))
        #expect(refusal(["summary": ["   "]]) == .missing(field: FieldLabel.requestSummary))
        #expect(refusal(["phone": ["12ab"]]) == .invalidValue(field: FieldLabel.phone, value: "12ab", expected: .phoneDigits))
        #expect(refusal(["colour": ["red"]])?.description.contains("--colour") == true)
        #expect(desk.state.caseOrder.isEmpty)
        #expect(desk.written.count == 1)
    }

    @Test func chineseLabelsWorkAsValues() throws {
        var desk = Desk()
        try desk.action("intake", nil, ["type": ["投诉"], "category": ["env.garbage"], "grid": [grid1.digits], "summary": ["x"]])
        #expect(desk.state.cases["C0001"]?.type == .complaint)
    }

    @Test func theWholeFlowFromIntakeToClose() throws {
        var desk = Desk()
        let id = try desk.intake()
        desk.advance(.hours(1))
        #expect(try desk.action("route", id.raw, ["outcome": ["transfer"], "department": ["sanitation"]])
            == [.caseRouted(CaseRouted(id: id, outcome: .transfer, departments: ["sanitation"], reason: TriageOutcome.transfer.basis))])
        #expect(desk.state.cases[id]?.status == .handling)
        try desk.action("contact", id.raw, ["note": ["已联系"]])
        #expect(desk.state.cases[id]?.contactedAt == desk.now)
        #expect(desk.state.cases[id]?.respondedOnTime == true)
        #expect(desk.state.cases[id]?.runningClock?.kind == .resolve)
        desk.advance(.days(1))
        try desk.action("resolve", id.raw, ["note": ["已清运"]])
        #expect(desk.state.cases[id]?.status == .resolved)
        #expect(desk.state.cases[id]?.runningClock == nil)
        #expect(desk.refuses(.close(id, note: "")) == .closeWithoutFeedback(id))
        #expect(desk.refuses(.close(id, note: ""))?.message(.zh).contains("第十七条") == true)
        #expect(desk.refuses(.callback(id, solved: true, satisfaction: .satisfied, note: "")) == .callbackWithoutFeedback(id))
        try desk.action("feedback", id.raw, ["note": ["已告知结果"]])
        try desk.action("callback", id.raw, ["solved": ["yes"], "satisfaction": ["basically"]])
        #expect(desk.state.cases[id]?.callbacks.last?.satisfaction == .basically)
        try desk.action("close", id.raw)
        #expect(desk.state.cases[id]?.status == .closed)
        #expect(desk.state.openCases().isEmpty)
        #expect(desk.refuses(.progress(id, note: "x")) == .caseNotOpen(id, .closed))
        #expect(desk.timeline(id).map(\.event.kind) == [
            "case.intake", "case.routed", "case.contacted", "case.resolved", "case.feedback", "case.callback", "case.closed",
        ])
    }

    @Test func triageOutcomesNameTheRightNumberOfDepartments() throws {
        var desk = Desk()
        let id = try desk.intake()
        #expect(desk.refuses(.route(id, outcome: .transfer, departments: [], reason: nil)) == .routeDepartments(.transfer, given: 0))
        #expect(desk.refuses(.route(id, outcome: .coordinate, departments: ["police"], reason: nil)) == .routeDepartments(.coordinate, given: 1))
        #expect(desk.refuses(.route(id, outcome: .reportUp, departments: ["police"], reason: nil)) == .routeDepartments(.reportUp, given: 1))
        #expect(desk.refuses(.route(id, outcome: .transfer, departments: ["nobody"], reason: nil)) == .unknownDepartment("nobody"))
        #expect(desk.refuses(.route(id, outcome: .coordinate, departments: ["police", "police"], reason: nil)) == .duplicateDepartment("police"))
        #expect(desk.refuses(.resolve(id, note: "")) == .resolveBeforeRouting(id))
        try desk.perform(.route(id, outcome: .reportUp, departments: [], reason: "  职责不清  "))
        #expect(desk.state.cases[id]?.routing?.reason == "职责不清")
    }

    @Test func returnOnlyBeforeTheRespondDeadline() throws {
        var desk = Desk()
        let a = try desk.intake()
        let b = try desk.intake()
        #expect(desk.refuses(.returnCase(a, rule: " ", reason: "")) == .missing(field: FieldLabel.rule))
        try desk.perform(.returnCase(a, rule: "职责清单第3项", reason: "属市级"))
        try desk.perform(.approve(a), by: "赵建国")
        #expect(desk.state.cases[a]?.status == .returned)
        desk.advance(.hours(25))
        let deadline = try #require(desk.state.cases[b]?.respondBy)
        #expect(desk.refuses(.returnCase(b, rule: "r", reason: "")) == .returnPastDeadline(b, ClockText.stamp(deadline, in: Street(Desk.profile).timeZone)))
        #expect(desk.refuses(.returnCase(b, rule: "r", reason: ""))?.message(.en).contains("(11-19 19:06)") == true)
    }

    @Test func extensionOnlyBeforeTheResolveDeadline() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.route(id, outcome: .handle, departments: [], reason: nil))
        try desk.perform(.extend(id, by: .days(3), reason: "需协调"))
        try desk.perform(.approve(id), by: "赵建国")
        #expect(desk.state.cases[id]?.resolveBy == Desk.start + .days(10))
        #expect(desk.state.cases[id]?.extensionCount == 1)
        desk.advance(.days(11))
        #expect(desk.refuses(.extend(id, by: .days(1), reason: "x")) == .extensionPastDeadline(id, "11-28 19:06"))
    }

    @Test func mergeLinksBothWaysAndLeavesTheQueue() throws {
        var desk = Desk()
        let original = try desk.intake()
        let duplicate = try desk.intake(summary: "（重复）3号楼垃圾")
        #expect(desk.refuses(.merge(original, into: original)) == .mergeIntoItself(original))
        try desk.action("merge", duplicate.raw, ["into": [original.raw]])
        #expect(desk.state.cases[duplicate]?.status == .merged)
        #expect(desk.state.cases[duplicate]?.mergedInto == original)
        #expect(desk.state.cases[original]?.duplicates == [duplicate])
        #expect(desk.state.openCases().map(\.id) == [original])
        let third = try desk.intake()
        #expect(desk.refuses(.merge(third, into: duplicate)) == .mergeTarget(duplicate, .merged))
    }

    @Test func reopenOnlyAfterAnUnsolvedCallBack() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.route(id, outcome: .handle, departments: [], reason: nil))
        try desk.perform(.resolve(id, note: ""))
        try desk.perform(.feedback(id, note: "已反馈"))
        try desk.perform(.callback(id, solved: true, satisfaction: .satisfied, note: ""))
        #expect(desk.refuses(.reopen(id, reason: "x")) == .reopenNeedsUnsolvedCallback(id))
        try desk.perform(.callback(id, solved: false, satisfaction: .unsatisfied, note: "仍有垃圾"))
        try desk.perform(.close(id, note: ""))
        desk.advance(.hours(2))
        try desk.perform(.reopen(id, reason: "回访未解决"))
        let item = try #require(desk.state.cases[id])
        #expect(item.status == .handling)
        #expect(item.resolveBy == desk.now + .days(7))
        #expect(item.feedbackAt == nil)
        #expect(item.reopenCount == 1)
        #expect(desk.refuses(.close(id, note: "")) == .closeBeforeResolution(id))
    }

    @Test func urgeAndRevealAreJournaled() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.urge(id, note: "加快"), by: "赵建国")
        try desk.perform(.revealPhone(id, reason: "回访"), by: "赵建国")
        #expect(desk.state.cases[id]?.urgeCount == 1)
        #expect(desk.timeline(id).suffix(2).map(\.operatorName) == ["赵建国", "赵建国"])
        #expect(desk.refuses(.urge("C9999", note: ""), by: "赵建国") == .unknownCase("C9999"))
    }
}

@Suite struct SupervisorTests {
    /// The demo street lists its staff: only 赵建国, its supervisor, may urge or reveal a number.
    @Test func urgingAndRevealingAreTheSupervisors() throws {
        var desk = Desk()
        let id = try desk.intake()
        #expect(desk.refuses(.urge(id, note: ""), by: "李明") == .supervisorOnly("李明"))
        #expect(desk.refuses(.revealPhone(id, reason: ""), by: "路人") == .supervisorOnly("路人"))
        #expect(desk.refuses(.urge(id, note: ""), by: "赵建国") == nil)
        #expect(desk.refuses(.progress(id, note: "x"), by: "路人") == nil)
        #expect(DeskError.supervisorOnly("李明").message(.zh).contains("带班领导"))
    }

    @Test func withoutAStaffListAnyoneMay() throws {
        var profile = Desk.profile
        profile.staff = nil
        var state = DeskState()
        state.apply(Recorded(seq: 1, at: Desk.start, operatorName: "x", console: "c", event: .streetConfigured(profile)))
        let intake = try state.decide(.intake(.init(type: .help, category: "env.garbage", grid: grid1, summary: "x")), at: Desk.start)
        state.apply(Recorded(seq: 2, at: Desk.start, operatorName: "x", console: "c", event: intake[0]))
        #expect(try state.decide(.urge("C0001", note: ""), at: Desk.start, by: "任何人").count == 1)
    }
}

@Suite struct RevealReasonTests {
    /// A number is revealed for a reason, and the journal keeps it.
    @Test func aRevealWithoutAReasonIsRefused() throws {
        var desk = Desk()
        let id = try desk.intake()
        #expect(desk.refuses(.revealPhone(id, reason: "  "), by: "赵建国") == .missing(field: FieldLabel.reason))
        #expect(desk.refuses(.revealPhone(id, reason: "回访核实"), by: "赵建国") == nil)
    }
}
