@testable import DeskCore
import Foundation
import Testing

/// 交接班: a handover freezes what is open, and the incoming officer acknowledges it.
@Suite struct HandoverTests {
    @Test func aHandoverFreezesWhatIsOpenAndIsAcknowledgedByItsOfficer() throws {
        var desk = Desk()
        let late = try desk.intake()
        desk.advance(.hours(25))  // past its 24 h respond-by
        let soon = try desk.intake()  // respond-by 24 h away: not yet the next shift's
        try desk.perform(.whistle(.init(type: .routine, departments: ["urban-enforce"], caseID: late)))
        try desk.perform(.handover(note: "注意C0001", to: "王静"), by: "李明")
        let snapshot = try #require(desk.state.handoverSnapshot)
        #expect(snapshot.overdue.count == 1 && snapshot.overdue.first == [late])
        #expect(!snapshot.dueNextShift.first.contains(soon))
        #expect(snapshot.openWhistles.count == 1)
        #expect(desk.state.handovers.last?.acknowledgedAt == nil)

        #expect(desk.refuses(.acknowledge, by: "李明") == .handoverNotYours("H0001", to: "王静"))
        try desk.perform(.acknowledge, by: "王静")
        #expect(desk.state.handovers.last?.acknowledgedAt == desk.now)
        #expect(desk.refuses(.acknowledge, by: "王静") == .handoverAcknowledged("H0001"))

        // A case falling due within the next shift (12 h by default) is listed.
        desk.advance(.hours(13))
        try desk.perform(.handover(note: "无", to: "李明"), by: "王静")
        #expect(desk.state.handoverSnapshot?.dueNextShift.first.contains(soon) == true)
    }

    @Test func withNoHandoverThereIsNothingToAcknowledge() {
        let desk = Desk()
        #expect(desk.refuses(.acknowledge, by: "王静") == .noHandover)
    }
}
