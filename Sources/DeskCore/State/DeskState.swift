import Foundation

/// The desk's state: a fold of the journal. Lookups by id are dictionary reads; the
/// `…Order` arrays keep intake order. Beside the records the fold keeps the indexes the
/// boards and figures read (the open queue, per-day ledgers), so that no frame or command
/// has to scan the history behind the open work.
public struct DeskState: Sendable, Equatable {
    public internal(set) var street: Street?
    public internal(set) var cases = RecordTable<CaseID, Case>()
    public internal(set) var caseOrder: [CaseID] = []
    public internal(set) var whistles: [WhistleID: Whistle] = [:]
    public internal(set) var whistleOrder: [WhistleID] = []
    public internal(set) var dispatches: [DispatchID: Dispatch] = [:]
    public internal(set) var dispatchOrder: [DispatchID] = []
    public internal(set) var findings: [FindingID: PatrolFinding] = [:]
    public internal(set) var findingOrder: [FindingID] = []
    public internal(set) var handovers: [Handover] = []
    /// What the latest handover handed over.
    public internal(set) var handoverSnapshot: HandoverSnapshot?
    public internal(set) var ratings: [UtilityRating] = []
    /// Art 44: departments that refused their duties, for the district government.
    public internal(set) var refusals: [Refusal] = []
    /// How many of each record the journal holds: what numbers the next ones.
    public internal(set) var counts = RecordCounts()
    /// Seq and time of the last entry folded in.
    public internal(set) var lastSeq: Int64 = 0
    public internal(set) var lastAt: Date?

    /// The time a new entry is written and decided at: the console's clock, but never earlier
    /// than the entry before it, so that entry times rise with the journal and "the state at
    /// a moment" is always a prefix of it, whatever clocks the consoles keep.
    public func entryTime(_ now: Date) -> Date { max(now, lastAt ?? now) }

    // Indexes, kept by the fold.

    /// Every open case, in queue order.
    public internal(set) var queue = OpenQueue()
    public internal(set) var queueByGrid: [GridCode: OpenQueue] = [:]
    /// Open cases routed to each department.
    public internal(set) var queueByDepartment: [DepartmentID: OpenQueue] = [:]
    var caseLedger = DayLedger<CaseTally>(slots: 0)
    /// The hotline centre's call-backs per scope and day (`OfficialTally`).
    var officialLedger = DayLedger<OfficialTally>(slots: 0)
    /// Cases that count in the rates and are not yet contacted, by the street day of their
    /// respond-by: whether they are due yet depends on the clock.
    var uncontacted: [StreetDay: Set<CaseID>] = [:]
    /// Open whistles and dispatches, in the order blown or created.
    public internal(set) var openWhistleIDs: [WhistleID] = []
    public internal(set) var openDispatchIDs: [DispatchID] = []
    var whistlesClosedByDay: [StreetDay: [WhistleID]] = [:]
    var dispatchesConcludedByDay: [StreetDay: [DispatchID]] = [:]
    var summonsLedger = DayLedger<SummonsTally>(slots: 0)
    /// Whistles with a summons still waiting to report in.
    var awaitingReport: Set<WhistleID> = []
    var ratingLedger = DayLedger<RatingTally>(slots: 0)
    var activity: [StreetDay: DayActivity] = [:]
    var refusalsByDay: [StreetDay: [Int]] = [:]
    /// The case each 12345 order number was taken in as.
    public internal(set) var orders: [String: CaseID] = [:]
    /// The case each Open311 service request id was taken in as.
    public internal(set) var serviceRequests: [String: CaseID] = [:]
    /// Cases the hotline centre called back, by the street day of its latest call-back.
    var evaluatedByDay: [StreetDay: Set<CaseID>] = [:]
    /// Patrol findings per grid, oldest first.
    public internal(set) var findingsByGrid: [GridCode: [FindingID]] = [:]

    public init() {}

    /// Folds a whole sequence of entries.
    public init(replaying entries: some Sequence<Recorded>) {
        for entry in entries { apply(entry) }
    }

    public var dueSoon: DueSoonRule { street?.dueSoon ?? DueSoonRule(fraction: 0.25, floor: .hours(1)) }
}

/// How many cases, whistles, dispatches, findings and handovers were recorded.
public struct RecordCounts: Sendable, Equatable {
    public internal(set) var cases = 0
    public internal(set) var whistles = 0
    public internal(set) var dispatches = 0
    public internal(set) var findings = 0
    public internal(set) var handovers = 0
}

/// One refusal, as kept for the Art 44 report.
public struct Refusal: Sendable, Equatable {
    public let whistle: WhistleID
    public let department: DepartmentID
    public let reason: String
    public let at: Date
    public let recordedBy: String
    /// The entry that recorded it, which a correction names.
    public let seq: Int64
    /// Set when a correction withdrew it (recorded against the wrong department, say): the
    /// entry stays in the journal, the refusal leaves the Art 44 list.
    public internal(set) var withdrawn: String?
}
