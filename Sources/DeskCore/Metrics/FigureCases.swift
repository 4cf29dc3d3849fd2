import Foundation

/// A count in the figures that is made of cases: what `report --cases` lists.
public enum CaseFigure: String, Sendable, CaseIterable {
    case takenIn = "taken-in", proactive, resolved, closed
    case due, onTime = "on-time", overdue
    case calledBack = "called-back", solved, satisfied
}

extension DeskState {
    /// The cases behind `figure` for `scope` over `days` as they stand at `now`, in intake
    /// order: exactly the cases the ledger counted (the same `CaseMark`). A listing reads every
    /// case, once; the figures themselves never do.
    public func cases(behind figure: CaseFigure, in scope: RateScope, days: ClosedRange<StreetDay>, at now: Date) -> [CaseID] {
        guard let street, let slot = street.slot(scope) else { return [] }
        let today = street.calendar.day(now)
        return caseOrder.filter { id in
            guard let item = cases[id] else { return false }
            let mark = CaseMark(item, street: street)
            guard mark.slots.contains(Int32(slot)) else { return false }
            let due = mark.countable && days.contains(mark.respondDay)
                && (mark.contacted || mark.respondDay < today || item.respondBy <= now)
            let callback = mark.countable ? mark.callback.flatMap { days.contains($0.day) ? $0 : nil } : nil
            switch figure {
            case .takenIn: return days.contains(mark.takenInDay)
            case .proactive: return days.contains(mark.takenInDay) && mark.proactive
            case .resolved: return mark.resolvedDay.map(days.contains) ?? false
            case .closed: return mark.closedDay.map(days.contains) ?? false
            case .due: return due
            case .onTime: return due && mark.onTime
            case .overdue: return due && !mark.onTime
            case .calledBack: return callback != nil
            case .solved: return callback?.solved ?? false
            case .satisfied: return callback?.satisfied ?? false
            }
        }
    }
}
