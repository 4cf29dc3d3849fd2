@testable import DeskCore
import Foundation
import Testing

/// 12345 work orders and the hotline centre's call-backs, decided by the core like any command.
@Suite struct ExchangeTests {
    static func order(_ number: String = "2026111800001", category: String = "城市管理-垃圾清运", address: String = "槐荫里3号楼",
                      urged: Int = 0, sentBack: Int = 0, resolveDays: Int = 7) -> HotlineOrder {
        HotlineOrder(number: number, receivedAt: Desk.start, dispatchedAt: Desk.start, type: .complaint,
                     categoryText: category, address: address, summary: "垃圾无人清运", phone: "13800001111",
                     respondBy: Desk.start + .hours(12), resolveBy: Desk.start + .days(resolveDays), urgency: nil,
                     urged: urged, sentBack: sentBack)
    }

    @Test func anOrderBecomesOneCaseWithTheCentresClocksAndTheSameOrderAgainChangesNothing() throws {
        var desk = Desk()
        let events = try desk.perform(.order(Self.order()))
        guard case .caseTakenIn(let intake) = events.first, case .orderApplied(let applied) = events.last else {
            Issue.record("expected an intake and its order, got \(events)")
            return
        }
        #expect(intake.category == "env.garbage")
        #expect(intake.grid == grid1)
        #expect(intake.respondBy == Desk.start + .hours(12))
        #expect(intake.resolveBy == Desk.start + .days(7))
        #expect(!applied.flagged)
        #expect(desk.state.orders["2026111800001"] == intake.id)
        desk.advance(.hours(1))
        #expect(try desk.perform(.order(Self.order())).isEmpty)
        #expect(desk.state.counts.cases == 1)
    }

    @Test func anOrderThatCannotBeMappedIsTakenInFlaggedForTriage() throws {
        var desk = Desk()
        let events = try desk.perform(.order(Self.order(category: "文化旅游-景区", address: "某公园")))
        guard case .caseTakenIn(let intake) = events.first else { Issue.record("no case"); return }
        #expect(intake.category == "other")
        #expect(desk.state.cases[intake.id]?.flaggedForTriage == true)
        try desk.perform(.route(intake.id, outcome: .handle, departments: [], reason: nil))
        #expect(desk.state.cases[intake.id]?.flaggedForTriage == false)
    }

    @Test func aChangedOrderIsAppliedAsTheMatchingActions() throws {
        var desk = Desk()
        try desk.perform(.order(Self.order()))
        let id: CaseID = "C0001"
        let urged = try desk.perform(.order(Self.order(urged: 1, resolveDays: 10)))
        #expect(urged.map(\.kind) == ["case.extended", "case.urged", "case.order"])
        #expect(desk.state.cases[id]?.resolveBy == Desk.start + .days(10))
        #expect(desk.state.cases[id]?.urgeCount == 1)
        try desk.perform(.route(id, outcome: .handle, departments: [], reason: nil))
        try desk.perform(.resolve(id, note: ""))
        let sentBack = try desk.perform(.order(Self.order(urged: 1, sentBack: 1, resolveDays: 10)))
        #expect(sentBack.map(\.kind) == ["case.reopened", "case.order"])
        #expect(desk.state.cases[id]?.status == .handling)
    }

    @Test func anOrderWhoseClocksAreBackwardsIsRefused() {
        var order = Self.order()
        order.respondBy = order.resolveBy + .hours(1)
        #expect(Desk().refuses(.order(order)) == .orderClocks(order.number))
    }

    /// Two hotline cases: the street answered the first late and its own call-back found it solved;
    /// the centre says responded and not solved. The second agrees throughout.
    @Test func theCentresRatesStandBesideTheStreetsAndTheirDisagreementsAreListed() throws {
        var desk = Desk()
        try desk.perform(.order(Self.order("A1")))
        try desk.perform(.order(Self.order("A2")))
        let (a, b): (CaseID, CaseID) = ("C0001", "C0002")
        try desk.perform(.contact(b, note: ""))
        desk.advance(.hours(13))  // a's respond-by (12 h) has passed
        for id in [a, b] {
            try desk.perform(.route(id, outcome: .handle, departments: [], reason: nil))
            try desk.perform(.resolve(id, note: ""))
            try desk.perform(.feedback(id, note: "已清运"))
            try desk.perform(.callback(id, solved: true, satisfaction: .satisfied, note: ""))
        }
        try desk.perform(.evaluate(a, responded: true, solved: false, satisfaction: .unsatisfied))
        try desk.perform(.evaluate(b, responded: true, solved: true, satisfaction: .basically))
        #expect(try desk.perform(.evaluate(b, responded: true, solved: true, satisfaction: .basically)).isEmpty)
        let day = desk.state.street!.calendar.day(desk.now)
        let days = (day - 1)...day
        let figures = desk.state.figures(days: days, at: desk.now)
        #expect(figures.street == RateFigures(due: 2, respondedOnTime: 1, calledBack: 2, solved: 2, satisfied: 2))
        #expect(figures.official == RateFigures(due: 2, respondedOnTime: 2, calledBack: 2, solved: 1, satisfied: 1))
        #expect(figures.disagreements == [RateDisagreement(id: a, rates: [.response, .resolution, .satisfaction])])
    }

    @Test func theCentreCallsBackOnRequestsOnly() throws {
        var desk = Desk()
        try desk.action("intake", nil, ["type": ["complaint"], "source": ["patrol"], "category": ["env.garbage"],
                                        "grid": ["110101099001001"], "summary": ["井盖缺失"]])
        #expect(desk.refuses(.evaluate("C0001", responded: true, solved: true, satisfaction: .satisfied))
            == .evaluationNotFromHotline("C0001", .patrol))
    }
}
