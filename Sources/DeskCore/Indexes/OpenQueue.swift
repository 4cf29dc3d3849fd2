import Foundation

/// Open cases in queue order — nearest running deadline first, then the cases with no clock
/// running, intake order breaking ties — kept sorted as events arrive, so that a board reads a
/// page of it and the header counts overdue and due-soon cases in O(log n), whatever the
/// history behind it.
public struct OpenQueue: Sendable, Equatable {
    /// One open case as the queue orders it: plain values, cheap to move and compare.
    public struct Entry: Sendable, Equatable, Comparable {
        public let id: CaseID
        /// Intake order, for ties.
        let ordinal: Int32
        /// The running clock's deadline (seconds since the reference date); infinity when none runs.
        let deadline: Double
        /// When the running clock turns due soon; infinity when none runs.
        let dueSoonAt: Double
        /// The case's search key, so that a `/` filter over the queue reads no case.
        public let key: SearchKey

        public static func < (a: Entry, b: Entry) -> Bool {
            a.deadline != b.deadline ? a.deadline < b.deadline : a.ordinal < b.ordinal
        }

        /// The running clock's deadline; nil when none runs.
        public var deadlineDate: Date? { deadline.isFinite ? Date(timeIntervalSinceReferenceDate: deadline) : nil }

        /// How this case's clock stands at `now`: the same reading as `RunningClock.state`.
        public func state(at now: Date) -> DeadlineState {
            guard deadline.isFinite else { return .none }
            let t = now.timeIntervalSinceReferenceDate
            return t > deadline ? .overdue : t > dueSoonAt ? .dueSoon : .onTrack
        }
    }

    public private(set) var entries: [Entry] = []
    /// Every finite `dueSoonAt`, sorted: how many have passed counts the due-soon-or-worse.
    private var dueSoonTimes: [Double] = []

    public init() {}

    /// A queue of `entries` in any order, sorted once.
    init(_ entries: [Entry]) {
        self.entries = entries.sorted()
        dueSoonTimes = entries.map(\.dueSoonAt).filter(\.isFinite).sorted()
    }

    public var count: Int { entries.count }
    public var isEmpty: Bool { entries.isEmpty }

    mutating func insert(_ entry: Entry) {
        entries.insert(entry, at: Self.firstIndex(in: entries) { !($0 < entry) })
        if entry.dueSoonAt.isFinite {
            dueSoonTimes.insert(entry.dueSoonAt, at: Self.firstIndex(in: dueSoonTimes) { $0 >= entry.dueSoonAt })
        }
    }

    mutating func remove(_ entry: Entry) {
        let index = Self.firstIndex(in: entries) { !($0 < entry) }
        guard index < entries.count, entries[index] == entry else { return }
        entries.remove(at: index)
        if entry.dueSoonAt.isFinite {
            let at = Self.firstIndex(in: dueSoonTimes) { $0 >= entry.dueSoonAt }
            if at < dueSoonTimes.count, dueSoonTimes[at] == entry.dueSoonAt { dueSoonTimes.remove(at: at) }
        }
    }

    /// Overdue and due-soon counts at `now`, by binary search.
    public func counts(at now: Date) -> (overdue: Int, dueSoon: Int) {
        let t = now.timeIntervalSinceReferenceDate
        let overdue = Self.firstIndex(in: entries) { $0.deadline >= t }
        let soonOrWorse = Self.firstIndex(in: dueSoonTimes) { $0 >= t }
        return (overdue, soonOrWorse - overdue)
    }

    /// The worst deadline state in the queue at `now`.
    public func worst(at now: Date) -> DeadlineState {
        let (overdue, dueSoon) = counts(at: now)
        return overdue > 0 ? .overdue : dueSoon > 0 ? .dueSoon : entries.first?.state(at: now) ?? .none
    }

    /// The first index whose element satisfies `isAtOrAfter`, which must hold for a suffix.
    private static func firstIndex<T>(in array: [T], where isAtOrAfter: (T) -> Bool) -> Int {
        var low = 0
        var high = array.count
        while low < high {
            let mid = (low + high) / 2
            if isAtOrAfter(array[mid]) { high = mid } else { low = mid + 1 }
        }
        return low
    }
}

extension Case {
    /// Where this case stands in the queue; nil once it is no longer open.
    func queueEntry(_ dueSoon: DueSoonRule) -> OpenQueue.Entry? {
        guard status.isOpen else { return nil }
        guard let clock = runningClock else {
            return OpenQueue.Entry(id: id, ordinal: ordinal, deadline: .infinity, dueSoonAt: .infinity, key: searchKey)
        }
        return OpenQueue.Entry(id: id, ordinal: ordinal, deadline: clock.deadline.timeIntervalSinceReferenceDate,
                               dueSoonAt: dueSoon.start(of: clock).timeIntervalSinceReferenceDate, key: searchKey)
    }
}
