@testable import DeskCore
import Foundation
import Testing

/// The figures behind the Today board's pictures: the day's intake hour by hour, and the week's
/// hotspots from the same computation as `streetdesk hotspots`.
@Suite struct TodayPictureFiguresTests {
    @Test func theHoursOfADayHoldItsIntake() throws {
        var desk = Desk()  // 2026-11-18 19:06:40, Beijing
        let calendar = desk.state.street!.calendar
        let day = calendar.day(desk.now)
        _ = try desk.intake()
        _ = try desk.intake()
        desk.advance(.hours(2))  // 21:06
        _ = try desk.intake()
        desk.advance(.hours(3))  // 00:06 the next day
        _ = try desk.intake()
        var expected = Array(repeating: 0, count: 24)
        expected[19] = 2
        expected[21] = 1
        #expect(desk.state.intakeByHour(on: day) == expected)
        #expect(desk.state.intakeByHour(on: day + 1)[0] == 1)
        #expect(desk.state.intakeByHour(on: day).reduce(0, +) == Int(desk.state.figures(.street, days: day...day, at: desk.now).cases.takenIn))
        #expect(calendar.day(calendar.start(of: day)) == day && calendar.day(calendar.start(of: day).addingTimeInterval(-1)) == day - 1)
    }

    @Test func theWeeksHotspotsAreTheHotspotsCommandsClustersOverAWeek() throws {
        var desk = Desk()
        for _ in 0..<3 { _ = try desk.intake() }
        desk.advance(.days(8))
        for _ in 0..<2 { _ = try desk.intake() }
        _ = try desk.intake(category: "utilities.no-water", summary: "停水")
        desk.advance(.minutes(1))
        let spots = desk.state.weeksHotspots(at: desk.now)
        #expect(spots == desk.state.hotspots(by: .grid, in: desk.now.addingTimeInterval(-7 * 86_400)..<desk.now).clusters)
        #expect(spots.count == 1 && spots[0].count == 2 && spots[0].before == 3 && spots[0].trend == -1)
    }

    /// A desk draws its first frame before the settled history is read: the cases the hotspots'
    /// two windows read are saved with the hot records, settled or not.
    @Test func theHotspotWindowsCasesAreHotInACheckpoint() throws {
        var desk = Desk()
        let old = try desk.intake()
        try desk.settle(old)
        desk.advance(.days(10))
        let recent = try desk.intake()
        try desk.settle(recent)
        desk.advance(.days(10))
        _ = try desk.intake()
        let hot = Dictionary(StateArchive.items(desk.state).filter { $0.kind == .caseRecord }.map { ($0.id, $0.hot) }, uniquingKeysWith: { a, _ in a })
        #expect(hot[old.raw] == false)
        #expect(hot[recent.raw] == true)
    }
}
