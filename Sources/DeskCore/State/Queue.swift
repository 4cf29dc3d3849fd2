import Foundation

/// The open queue and its deadline counts: what the header and the boards show.
extension DeskState {
    /// Open cases, nearest running deadline first; cases with no clock running last.
    public func openCases() -> [Case] {
        caseOrder.compactMap { cases[$0] }.filter { $0.status.isOpen }.sorted { a, b in
            switch (a.runningClock, b.runningClock) {
            case let (x?, y?): x.deadline == y.deadline ? a.id < b.id : x.deadline < y.deadline
            case (.some, nil): true
            case (nil, .some): false
            case (nil, nil): a.id < b.id
            }
        }
    }

    public func deadlineState(of item: Case, at now: Date) -> DeadlineState {
        item.runningClock?.state(at: now, dueSoonFraction: dueSoonFraction) ?? .none
    }

    /// Worst state among a whistle's summons still waiting to report in.
    public func deadlineState(of whistle: Whistle, at now: Date) -> DeadlineState {
        guard whistle.isOpen else { return .none }
        return whistle.summons.filter { $0.state == .summoned }.map {
            RunningClock(kind: .report, start: whistle.blownAt, deadline: $0.reportBy)
                .state(at: now, dueSoonFraction: dueSoonFraction)
        }.max() ?? .onTrack
    }

    public func openWhistles() -> [Whistle] { whistleOrder.compactMap { whistles[$0] }.filter(\.isOpen) }
    public func openDispatches() -> [Dispatch] { dispatchOrder.compactMap { dispatches[$0] }.filter(\.isOpen) }

    /// Overdue and due-soon counts over open cases and whistles, for the header.
    public func alarmCounts(at now: Date) -> (overdue: Int, dueSoon: Int) {
        var overdue = 0
        var dueSoon = 0
        let states = cases.values.lazy.filter { $0.status.isOpen }.map { deadlineState(of: $0, at: now) }
            + openWhistles().map { deadlineState(of: $0, at: now) }
        for state in states {
            if state == .overdue { overdue += 1 } else if state == .dueSoon { dueSoon += 1 }
        }
        return (overdue, dueSoon)
    }
}
