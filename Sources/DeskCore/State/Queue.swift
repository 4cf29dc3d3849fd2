import Foundation

/// The open queue and its deadline counts: what the header and the boards show, read from
/// the indexes the fold keeps.
extension DeskState {
    /// Open cases, nearest running deadline first; cases with no clock running last.
    /// Materialises every open case: for reports, not for frames (boards read `queue`).
    public func openCases() -> [Case] { queue.entries.compactMap { cases[$0.id] } }

    public func deadlineState(of item: Case, at now: Date) -> DeadlineState {
        item.runningClock?.state(at: now, dueSoon) ?? .none
    }

    /// Worst state among a whistle's summons still waiting to report in.
    public func deadlineState(of whistle: Whistle, at now: Date) -> DeadlineState {
        guard whistle.isOpen else { return .none }
        return whistle.summons.filter { $0.state == .summoned }.map {
            RunningClock(kind: .report, start: whistle.blownAt, deadline: $0.reportBy)
                .state(at: now, dueSoon)
        }.max() ?? .onTrack
    }

    public func openWhistles() -> [Whistle] { openWhistleIDs.compactMap { whistles[$0] } }
    public func openDispatches() -> [Dispatch] { openDispatchIDs.compactMap { dispatches[$0] } }

    /// Whistles closed on `day`, in the order closed.
    public func whistlesClosed(on day: StreetDay) -> [Whistle] { (whistlesClosedByDay[day] ?? []).compactMap { whistles[$0] } }
    /// Dispatches concluded on `day`, in the order concluded.
    public func dispatchesConcluded(on day: StreetDay) -> [Dispatch] {
        (dispatchesConcludedByDay[day] ?? []).compactMap { dispatches[$0] }
    }

    /// Overdue and due-soon counts over open cases and whistles, for the header.
    public func alarmCounts(at now: Date) -> (overdue: Int, dueSoon: Int) {
        var (overdue, dueSoon) = queue.counts(at: now)
        for id in awaitingReport {
            guard let whistle = whistles[id] else { continue }
            switch deadlineState(of: whistle, at: now) {
            case .overdue: overdue += 1
            case .dueSoon: dueSoon += 1
            case .onTrack, .none: break
            }
        }
        return (overdue, dueSoon)
    }
}
