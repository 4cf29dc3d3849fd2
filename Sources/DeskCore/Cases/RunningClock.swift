import Foundation

/// A deadline that is running, and how it stands at a given moment.
public struct RunningClock: Sendable, Equatable {
    public enum Kind: String, Sendable, Labelled {
        case respond, resolve, report

        public var label: Phrase {
            switch self {
            case .respond: Phrase("响应", "respond")
            case .resolve: Phrase("办结", "resolve")
            case .report: Phrase("报到", "report in")
            }
        }
    }

    public let kind: Kind
    public let start: Date
    public let deadline: Date

    public init(kind: Kind, start: Date, deadline: Date) {
        self.kind = kind
        self.start = start
        self.deadline = deadline
    }

    /// Overdue past the deadline; due soon from `rule.start(of:)` on.
    public func state(at now: Date, _ rule: DueSoonRule) -> DeadlineState {
        now > deadline ? .overdue : now > rule.start(of: self) ? .dueSoon : .onTrack
    }
}

/// When a running clock is due soon: once less than `fraction` of its span remains, or less
/// than `floor`, whichever comes first — so that a short clock (an urgent case, a whistle's
/// report-in) is flagged early enough to act on.
public struct DueSoonRule: Sendable, Equatable {
    public let fraction: Double
    public let floor: TimeSpan

    public init(fraction: Double, floor: TimeSpan) {
        self.fraction = fraction
        self.floor = floor
    }

    public func start(of clock: RunningClock) -> Date {
        let span = max(clock.deadline.timeIntervalSince(clock.start), 1)
        return clock.deadline.addingTimeInterval(-max(span * fraction, floor.timeInterval))
    }
}

/// Ordered from best to worst, so that `max` gives the worst of several.
public enum DeadlineState: Int, Sendable, Comparable, CaseIterable, Labelled {
    case none, onTrack, dueSoon, overdue

    public static func < (lhs: DeadlineState, rhs: DeadlineState) -> Bool { lhs.rawValue < rhs.rawValue }

    public var label: Phrase {
        switch self {
        case .none: Phrase("无时限", "no clock")
        case .onTrack: Phrase("正常", "on track")
        case .dueSoon: Phrase("临期", "due soon")
        case .overdue: Phrase("超期", "overdue")
        }
    }
}
