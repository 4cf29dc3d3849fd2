@testable import DeskCore
import Foundation
import Testing

@Suite struct WhistleCommandTests {
    @Test func blowOnACaseSummonsEachDepartmentWithItsDeadline() throws {
        var desk = Desk()
        let id = try desk.intake()
        let events = try desk.action("whistle", nil, ["case": [id.raw], "type": ["tough"], "department": ["sanitation", "urban-enforce"]])
        let reportBy = Desk.start + .hours(4)
        #expect(events == [.whistleBlown(WhistleBlown(
            id: "W0001", type: .tough, matter: .complaint, caseID: id, finding: nil, grid: grid1, summary: "3号楼垃圾无人清运",
            summons: [.init(department: "sanitation", reportBy: reportBy), .init(department: "urban-enforce", reportBy: reportBy)]))])
        #expect(desk.state.cases[id]?.whistles == ["W0001"])
    }

    @Test func reportsOnTimeLateAndRefusedCountForTheArt44List() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.whistle(.init(type: .emergency, departments: ["police", "fire", "gas"], caseID: id)))
        desk.advance(.minutes(10))
        try desk.action("report-in", "W0001", ["department": ["police"], "person": ["周所长"]])
        desk.advance(.minutes(30))
        try desk.action("report-in", "w0001", ["department": ["fire"]])
        try desk.action("refuse", "W0001", ["department": ["gas"], "reason": ["不属于本单位职责"]])
        let whistle = try #require(desk.state.whistles["W0001"])
        #expect(whistle.summons(of: "police")?.record(at: desk.now) == .onTime)
        #expect(whistle.summons(of: "police")?.reporter == "周所长")
        #expect(whistle.summons(of: "fire")?.record(at: desk.now) == .late)
        #expect(whistle.summons(of: "gas")?.record(at: desk.now) == .refused)
        #expect(desk.state.refusals.map(\.department) == ["gas"])
        let records = desk.state.whistleRecords(in: Desk.start..<desk.now + .days(1), at: desk.now)
        #expect(records["fire"]?.late == 1)
        #expect(records["police"]?.onTime == 1)
        #expect(records["gas"]?.refused == 1)
    }

    @Test func summonsStepsGoInOrder() throws {
        var desk = Desk()
        try desk.perform(.whistle(.init(type: .routine, departments: ["police"], grid: grid1, summary: "迎检整治")))
        #expect(desk.refuses(.summons("W0001", department: "police", to: .done, note: "")) == .summonsStep("W0001", "police", from: .summoned, to: .done))
        #expect(desk.refuses(.summons("W0001", department: "fire", to: .reportedIn, note: "")) == .notSummoned("W0001", "fire"))
        #expect(desk.refuses(.summons("W0001", department: "nobody", to: .reportedIn, note: "")) == .unknownDepartment("nobody"))
        #expect(desk.refuses(.summons("W0001", department: "police", to: .refused, note: "")) == .missing(field: FieldLabel.reason))
        try desk.perform(.summons("W0001", department: "police", to: .reportedIn, note: ""))
        try desk.perform(.summons("W0001", department: "police", to: .acting, note: ""))
        #expect(desk.refuses(.summons("W0001", department: "police", to: .reportedIn, note: "")) != nil)
    }

    @Test func aWhistleClosesOnlyWhenItsMatterIsDone() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.route(id, outcome: .coordinate, departments: ["police", "sanitation"], reason: nil))
        try desk.perform(.whistle(.init(type: .routine, departments: ["police", "sanitation"], caseID: id)))
        let w: WhistleID = "W0001"
        #expect(desk.refuses(.closeWhistle(w, note: "")) == .whistleMatterNotDone(w, pending: ["police", "sanitation"], caseOpen: id))
        #expect(desk.refuses(.closeWhistle(w, note: ""))?.message(.zh).contains("事不完，人不撤") == true)
        for step in [SummonsState.reportedIn, .done] { try desk.perform(.summons(w, department: "police", to: step, note: "")) }
        try desk.perform(.summons(w, department: "sanitation", to: .refused, note: "不属于职责"))
        #expect(desk.refuses(.closeWhistle(w, note: "")) == .whistleMatterNotDone(w, pending: [], caseOpen: id))
        try desk.perform(.resolve(id, note: ""))
        try desk.perform(.closeWhistle(w, note: "销哨"))
        #expect(desk.state.whistles[w]?.isOpen == false)
        #expect(desk.refuses(.closeWhistle(w, note: "")) == .whistleClosed(w))
    }

    @Test func aWhistleWithoutACaseNeedsAGridAndSummary() {
        let desk = Desk()
        #expect(desk.refuses(.whistle(.init(type: .routine, departments: ["police"]))) == .missing(field: FieldLabel.grid))
        #expect(desk.refuses(.whistle(.init(type: .routine, departments: [], grid: grid1, summary: "x"))) == .missing(field: FieldLabel.department))
    }
}
