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
        cases(behind: [figure], in: scope, days: days, at: now)[figure] ?? []
    }

    /// The cases behind each of `figures`, from one reading of every case where it lies.
    public func cases(behind figures: [CaseFigure], in scope: RateScope, days: ClosedRange<StreetDay>, at now: Date) -> [CaseFigure: [CaseID]] {
        guard let street, let slot = street.slot(scope) else { return [:] }
        let today = street.calendar.day(now)
        var found: [CaseFigure: [(ordinal: Int32, id: CaseID)]] = [:]
        cases.forEachChunk { records in
            for index in records.indices {
                let mark = CaseMark(records[index], street: street)
                guard mark.slots.contains(Int32(slot)) else { continue }
                let due = mark.countable && days.contains(mark.respondDay)
                    && (mark.contacted || mark.respondDay < today || records[index].respondBy <= now)
                let callback = mark.countable ? mark.callback.flatMap { days.contains($0.day) ? $0 : nil } : nil
                for figure in figures {
                    let counted = switch figure {
                    case .takenIn: days.contains(mark.takenInDay)
                    case .proactive: days.contains(mark.takenInDay) && mark.proactive
                    case .resolved: mark.resolvedDay.map(days.contains) ?? false
                    case .closed: mark.closedDay.map(days.contains) ?? false
                    case .due: due
                    case .onTime: due && mark.onTime
                    case .overdue: due && !mark.onTime
                    case .calledBack: callback != nil
                    case .solved: callback?.solved ?? false
                    case .satisfied: callback?.satisfied ?? false
                    }
                    if counted { found[figure, default: []].append((records[index].ordinal, records[index].id)) }
                }
            }
        }
        // The table holds the settled history after the open cases a desk restored first: intake order is the ordinals'.
        return found.mapValues { $0.sorted { $0.ordinal < $1.ordinal }.map(\.id) }
    }
}
