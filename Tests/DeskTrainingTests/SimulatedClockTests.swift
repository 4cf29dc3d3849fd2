import DeskTraining
import Foundation
import Testing

@Suite struct SimulatedClockTests {
    @Test func theClockRunsAtItsSpeedAndStopsWhilePaused() {
        let start = Date(timeIntervalSince1970: 1_000_000)
        let wall = Date(timeIntervalSince1970: 0)
        var clock = SimulatedClock(start: start, speed: 60, wall: wall)
        #expect(clock.now(wall: wall.addingTimeInterval(2)) == start.addingTimeInterval(120))
        clock.toggle(wall: wall.addingTimeInterval(2))
        #expect(clock.isPaused)
        #expect(clock.now(wall: wall.addingTimeInterval(10)) == start.addingTimeInterval(120))
        clock.toggle(wall: wall.addingTimeInterval(10))
        #expect(clock.now(wall: wall.addingTimeInterval(11)) == start.addingTimeInterval(180))
    }
}
