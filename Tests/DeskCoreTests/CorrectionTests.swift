@testable import DeskCore
import Foundation
import Testing

/// A mistaken entry is corrected by a new entry that names it and says why; the original stays
/// in the journal and the state follows the correction.
@Suite struct CorrectionTests {
    @Test func aRefusalRecordedAgainstTheWrongDepartmentIsWithdrawnAndRecordedAgainstTheRightOne() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.perform(.whistle(.init(type: .routine, departments: ["urban-enforce", "police"], caseID: id)))
        try desk.perform(.summons("W0001", department: "urban-enforce", to: .reportedIn, note: "王队长"))
        let wrong = try desk.perform(.summons("W0001", department: "urban-enforce", to: .refused, note: "不履职"))
        let refusalSeq = Int64(desk.written.count)
        #expect(wrong.count == 1 && desk.state.refusals.count == 1)
        #expect(desk.refuses(.withdrawRefusal("W0001", department: "police", reason: "记错部门")) == .noRefusal("W0001", "police"))
        let events = try desk.perform(.withdrawRefusal("W0001", department: "urban-enforce", reason: "记错部门，应为派出所"))
        guard case .refusalWithdrawn(let e) = events.first else { Issue.record("no withdrawal"); return }
        #expect(e.corrects == refusalSeq)
        let summons = try #require(desk.state.whistles["W0001"]?.summons(of: "urban-enforce"))
        #expect(summons.state == .reportedIn && summons.refusal == nil)
        let today = Street(Desk.profile).calendar.day(desk.now)
        #expect(desk.state.figures(days: today...today, at: desk.now).refusals.isEmpty)
        #expect(desk.state.figures(days: today...today, at: desk.now).activity.refusals == 0)
        try desk.perform(.summons("W0001", department: "police", to: .refused, note: "不履职"))
        #expect(desk.state.figures(days: today...today, at: desk.now).refusals.map(\.department) == ["police"])
        // Both entries stay on the whistle's timeline.
        #expect(desk.state.whistles["W0001"]?.entries.contains(refusalSeq) == true)
        #expect(DeskState(replaying: desk.recorded) == desk.state)
        // A state restored from a checkpoint keeps the withdrawn refusal off the list too.
        let restored = try ArchiveTests.roundTrip(desk.state)
        #expect(restored == desk.state)
        #expect(restored.figures(days: today...today, at: desk.now).refusals.map(\.department) == ["police"])
    }

    @Test func aWrongCategoryIsCorrectedNamingTheEntryThatSetIt() throws {
        var desk = Desk()
        let id = try desk.intake()
        let intakeSeq = try #require(desk.state.cases[id]?.entries.first)
        #expect(desk.refuses(.recategorize(id, category: "env.garbage", reason: "x")) == .sameCategory(id))
        #expect(desk.refuses(.recategorize(id, category: "nope", reason: "x")) == .unknownCategory("nope"))
        let events = try desk.perform(.recategorize(id, category: "utilities.no-water", reason: "实为停水"))
        guard case .caseRecategorized(let e) = events.first else { Issue.record("no correction"); return }
        #expect(e.corrects == intakeSeq)
        #expect(desk.state.cases[id]?.category == "utilities.no-water")
        let again = try desk.perform(.recategorize(id, category: "env.garbage", reason: "再更正"))
        guard case .caseRecategorized(let second) = again.first else { return }
        #expect(second.corrects == Int64(desk.written.count - 1))
        #expect(DeskState(replaying: desk.recorded) == desk.state)
    }
}
