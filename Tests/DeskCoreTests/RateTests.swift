@testable import DeskCore
import Foundation
import Testing

@Suite struct RateTests {
    /// Three cases: one answered in time and solved to satisfaction, one answered late and
    /// found unsolved, one never answered. Figures worked out by hand.
    @Test func threeRatesByHand() throws {
        var desk = Desk()
        let a = try desk.intake()
        let b = try desk.intake(category: "utilities.no-water")
        let c = try desk.intake()
        try desk.perform(.route(a, outcome: .transfer, departments: ["sanitation"], reason: nil))
        try desk.perform(.route(b, outcome: .transfer, departments: ["water"], reason: nil))
        try desk.perform(.contact(a, note: ""))
        desk.advance(.hours(3))  // b's respond-by (2 h) has passed
        try desk.perform(.contact(b, note: ""))
        for id in [a, b] {
            try desk.perform(.resolve(id, note: ""))
            try desk.perform(.feedback(id, note: "已反馈"))
        }
        try desk.perform(.callback(a, solved: true, satisfaction: .satisfied, note: ""))
        try desk.perform(.callback(b, solved: false, satisfaction: .basically, note: ""))
        desk.advance(.days(2))  // c's respond-by (24 h) has passed unanswered
        let range = Desk.start..<desk.now
        let street = desk.state.rates(.street, in: range, at: desk.now)
        #expect(street == RateFigures(due: 3, respondedOnTime: 1, calledBack: 2, solved: 1, satisfied: 2))
        #expect(street.response == 1.0 / 3)
        #expect(street.resolution == 0.5)
        #expect(street.satisfaction == 1)
        let weights = RateWeights(response: 10, resolution: 45, satisfaction: 45)
        #expect(abs(street.composite(weights)! - (10.0 / 3 + 22.5 + 45) / 100) < 1e-9)
        #expect(desk.state.rates(.department("water"), in: range, at: desk.now)
            == RateFigures(due: 1, respondedOnTime: 0, calledBack: 1, solved: 0, satisfied: 1))
        #expect(desk.state.rates(.grid(grid1), in: range, at: desk.now).due == 3)
        #expect(desk.state.rates(.community("002"), in: range, at: desk.now) == RateFigures())
        #expect(RateFigures().response == nil)
        _ = c
    }

    /// One rounding for every board and report: a half rounds up, as a supervisor reads it.
    @Test func ratesReadAsPercentTheSameEverywhere() {
        #expect(RateFigures.percent(0.125) == "13%")
        #expect(RateFigures.percent(0.115) == "12%")
        #expect(RateFigures.percent(2.0 / 3) == "67%")
        #expect(RateFigures.percent(nil) == "—")
    }

    @Test func deadlineStatesOfTheQueue() throws {
        var desk = Desk()
        _ = try desk.intake(category: "utilities.gas-leak")  // urgent: respond within 30 min
        _ = try desk.intake()                                // general: 24 h
        desk.advance(.minutes(25))
        let open = desk.state.openCases()
        #expect(open.map(\.id) == ["C0001", "C0002"])
        #expect(desk.state.deadlineState(of: open[0], at: desk.now) == .dueSoon)
        #expect(desk.state.deadlineState(of: open[1], at: desk.now) == .onTrack)
        desk.advance(.minutes(10))
        #expect(desk.state.deadlineState(of: open[0], at: desk.now) == .overdue)
        #expect(desk.state.alarmCounts(at: desk.now) == (overdue: 1, dueSoon: 0))
    }
}
