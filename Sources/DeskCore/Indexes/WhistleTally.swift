/// One department's summonses on one street day (by the day the whistle was blown): the
/// settled part of its whistle record (一哨一考核, Art 44). Summonses still waiting to report
/// in are judged against the clock when asked, from the state's short list of such whistles.
public struct SummonsTally: DayTally {
    public var summoned: Int32 = 0
    public var onTime: Int32 = 0
    public var late: Int32 = 0
    public var refused: Int32 = 0

    public init() {}

    public static func + (a: SummonsTally, b: SummonsTally) -> SummonsTally {
        SummonsTally(summoned: a.summoned + b.summoned, onTime: a.onTime + b.onTime, late: a.late + b.late,
                     refused: a.refused + b.refused)
    }

    init(summoned: Int32, onTime: Int32, late: Int32, refused: Int32) {
        self.summoned = summoned
        self.onTime = onTime
        self.late = late
        self.refused = refused
    }
}

/// Art 45 ratings of one utility on one street day.
public struct RatingTally: DayTally {
    public var count: Int32 = 0
    public var sum: Int64 = 0

    public init() {}

    public static func + (a: RatingTally, b: RatingTally) -> RatingTally {
        var s = a
        s.count += b.count
        s.sum += b.sum
        return s
    }
}

/// The street's activity on one day: counts of events that are never undone.
public struct DayActivity: Sendable, Equatable {
    public var urged = 0
    public var returned = 0
    public var merged = 0
    public var whistles = 0
    public var refusals = 0
    public var dispatches = 0
    public var concluded = 0

    public init() {}
}

extension Whistle {
    /// Adds (`sign` 1) or takes away (`sign` -1) this whistle's summonses from the ledger.
    func post(_ sign: Int32, to ledger: inout DayLedger<SummonsTally>, street: Street) {
        let day = street.calendar.day(blownAt)
        for summons in summons {
            let record: SummonsRecord? = summons.state == .refused ? .refused
                : summons.reportedAt.map { $0 <= summons.reportBy ? .onTime : .late }
            for slot in [0] + (street.departmentSlots[summons.department].map { [$0] } ?? []) {
                ledger.change(slot, day) {
                    $0.summoned += sign
                    switch record {
                    case .onTime?: $0.onTime += sign
                    case .late?: $0.late += sign
                    case .refused?: $0.refused += sign
                    case .pending?, nil: break
                    }
                }
            }
        }
    }

    /// Whether a summons still waits to report in: its record depends on the clock.
    var awaitsReport: Bool { summons.contains { $0.state != .refused && $0.reportedAt == nil } }
}
