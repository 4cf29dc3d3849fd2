@testable import DeskCore
import Foundation
import Testing

@Suite struct FieldCommandTests {
    @Test func dispatchUnitsMoveForwardThenConclude() throws {
        var desk = Desk()
        try desk.action("dispatch", nil, ["lead": ["urban-enforce"], "department": ["police"], "grid": [grid1.digits],
                                          "place": ["槐荫胡同口"], "summary": ["占道经营"]])
        let d: DispatchID = "D0001"
        #expect(desk.state.dispatches[d]?.units.map(\.department) == ["urban-enforce", "police"])
        #expect(desk.refuses(.conclude(d, outcome: .dissuaded, findings: "x")) == .unitsStillOut(d, ["urban-enforce", "police"]))
        desk.advance(.minutes(12))
        try desk.action("unit-status", "D0001", ["department": ["police"], "status": ["on-scene"]])
        #expect(desk.state.dispatches[d]?.units[1].since == desk.now)
        #expect(desk.refuses(.unitStatus(d, department: "police", status: .enRoute)) == .unitStatusBackwards(d, "police", from: .onScene, to: .enRoute))
        #expect(desk.refuses(.unitStatus(d, department: "fire", status: .enRoute)) == .notOnDispatch(d, "fire"))
        try desk.perform(.unitStatus(d, department: "police", status: .cleared))
        try desk.perform(.unitStatus(d, department: "urban-enforce", status: .cleared))
        try desk.perform(.conclude(d, outcome: .dissuaded, findings: "当场劝离"))
        #expect(desk.state.dispatches[d]?.isOpen == false)
        #expect(desk.state.openDispatches().isEmpty)
        #expect(desk.refuses(.unitStatus(d, department: "police", status: .cleared)) == .dispatchConcluded(d))
    }

    @Test func aPatrolFindingBecomesACaseOnce() throws {
        var desk = Desk()
        try desk.action("patrol", nil, ["grid": ["001002"], "stage": ["hazard"], "summary": ["楼道堆物"]])
        let events = try desk.action("intake", nil, ["type": ["complaint"], "category": ["env.garbage"], "finding": ["p0001"], "summary": ["楼道堆物"]])
        guard case .caseTakenIn(let e) = events.first else { Issue.record("no case"); return }
        #expect(e.source == .patrol)
        #expect(e.grid.digits == "110101099001002")
        #expect(desk.state.findings["P0001"]?.caseID == e.id)
        #expect(desk.refuses(.intake(.init(type: .complaint, category: "env.garbage", grid: nil, summary: "x", finding: "P0001")))
            == .findingAlreadyCase("P0001", e.id))
    }

    @Test func handoverAndUtilityRatings() throws {
        var desk = Desk()
        try desk.action("handover", nil, ["to": ["王静"], "note": ["夜班注意C0001"]])
        #expect(desk.state.handovers.first?.from == "李明")
        #expect(desk.state.handovers.first?.to == "王静")
        try desk.action("rate-utility", nil, ["department": ["water"], "score": ["4"]])
        try desk.action("rate-utility", nil, ["department": ["water"], "score": ["2"], "rater": ["unit"]])
        #expect(desk.refuses(.rateUtility("police", score: 3, rater: .resident, note: "")) == .notUtility("police"))
        #expect(desk.refuses(.rateUtility("water", score: 6, rater: .resident, note: "")) == .invalidValue(field: FieldLabel.score, value: "6", expected: .score))
        let ratings = desk.state.utilityRatings(in: Desk.start..<desk.now + .days(1))
        #expect(ratings["water"]?.mean == 3)
        #expect(ratings["water"]?.count == 2)
    }

    @Test func nothingBeforeTheStreetIsConfigured() {
        let empty = DeskState()
        #expect(throws: DeskError.noStreet) { try empty.decide(.handover(note: "x", to: "y"), at: Desk.start) }
        let desk = Desk()
        #expect(desk.refuses(.configure(Desk.profile)) == .streetAlreadyConfigured)
    }
}
