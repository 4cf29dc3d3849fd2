import Foundation

/// A deadline that is running, and how it stands at a given moment.
public struct RunningClock: Sendable, Equatable {
    public enum Kind: String, Sendable { case respond, resolve, report }

    public let kind: Kind
    public let start: Date
    public let deadline: Date

    public init(kind: Kind, start: Date, deadline: Date) {
        self.kind = kind
        self.start = start
        self.deadline = deadline
    }

    /// Overdue past the deadline; due soon once less than `dueSoonFraction` of the span remains.
    public func state(at now: Date, dueSoonFraction: Double) -> DeadlineState {
        now > deadline ? .overdue : now > dueSoonAt(dueSoonFraction) ? .dueSoon : .onTrack
    }

    /// The moment less than `fraction` of the span (at least a second) remains.
    public func dueSoonAt(_ fraction: Double) -> Date {
        deadline.addingTimeInterval(-max(deadline.timeIntervalSince(start), 1) * fraction)
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
