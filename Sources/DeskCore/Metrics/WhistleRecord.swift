import Foundation

/// A department's answers to the street's whistles (一哨一考核, Art 44).
public struct WhistleRecordFigures: Sendable, Equatable {
    public var summoned = 0
    public var onTime = 0
    public var late = 0
    public var refused = 0
    public var pending = 0

    public init() {}
}

extension DeskState {
    /// Every department's whistle record over whistles blown on the street days `range`
    /// touches, as of `now`: settled answers from the ledger, the ones still waiting judged
    /// against the clock.
    public func whistleRecords(in range: Range<Date>, at now: Date) -> [DepartmentID: WhistleRecordFigures] {
        guard let street, let days = street.calendar.days(range) else { return [:] }
        var records = [DepartmentID: WhistleRecordFigures]()
        for department in street.profile.departments {
            let figures = whistleRecord(department.id, days: days, at: now)
            if figures.summoned > 0 { records[department.id] = figures }
        }
        return records
    }

    /// One department's whistle record, or the street's over every department (`nil`).
    public func whistleRecord(_ department: DepartmentID?, days: ClosedRange<StreetDay>, at now: Date) -> WhistleRecordFigures {
        guard let street, let slot = department.map({ street.departmentSlots[$0] }) ?? 0 else { return WhistleRecordFigures() }
        let tally = summonsLedger.sum(slot, days)
        var figures = WhistleRecordFigures()
        figures.summoned = Int(tally.summoned)
        figures.onTime = Int(tally.onTime)
        figures.late = Int(tally.late)
        figures.refused = Int(tally.refused)
        for id in awaitingReport {
            guard let whistle = whistles[id], days.contains(street.calendar.day(whistle.blownAt)) else { continue }
            for summons in whistle.summons where summons.state != .refused && summons.reportedAt == nil
                && (department == nil || summons.department == department) {
                if summons.record(at: now) == .late { figures.late += 1 } else { figures.pending += 1 }
            }
        }
        return figures
    }

    /// Art 45: the mean rating and count per utility, over ratings given on the street days
    /// `range` touches.
    public func utilityRatings(in range: Range<Date>) -> [DepartmentID: (mean: Double, count: Int)] {
        guard let days = street?.calendar.days(range) else { return [:] }
        return utilityRatings(days: days)
    }

    public func utilityRatings(days: ClosedRange<StreetDay>) -> [DepartmentID: (mean: Double, count: Int)] {
        guard let street else { return [:] }
        var means = [DepartmentID: (mean: Double, count: Int)]()
        for department in street.profile.departments {
            guard let slot = street.departmentSlots[department.id] else { continue }
            let tally = ratingLedger.sum(slot, days)
            if tally.count > 0 { means[department.id] = (Double(tally.sum) / Double(tally.count), Int(tally.count)) }
        }
        return means
    }
}
