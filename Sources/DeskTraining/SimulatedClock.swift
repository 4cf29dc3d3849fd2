import Foundation

/// The practice clock: starts at the scenario's start time, runs `speed` times faster than the
/// wall clock, and can be paused. The wall clock is passed in, so it is tested like any value.
public struct SimulatedClock: Sendable, Equatable {
    public let speed: Double
    /// The simulated time when the clock last started running, and the wall time it did.
    private var base: Date
    private var since: Date
    public private(set) var isPaused = false

    public init(start: Date, speed: Double, wall: Date) {
        self.speed = speed
        base = start
        since = wall
    }

    public func now(wall: Date) -> Date {
        isPaused ? base : base.addingTimeInterval(wall.timeIntervalSince(since) * speed)
    }

    public mutating func toggle(wall: Date) {
        base = now(wall: wall)
        since = wall
        isPaused.toggle()
    }
}
