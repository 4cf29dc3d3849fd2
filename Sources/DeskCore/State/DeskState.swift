import Foundation

/// The desk's state: a fold of the journal. Lookups by id are dictionary reads; the
/// `…Order` arrays keep intake order for lists.
public struct DeskState: Sendable, Equatable {
    public internal(set) var street: Street?
    public internal(set) var cases: [CaseID: Case] = [:]
    public internal(set) var caseOrder: [CaseID] = []
    public internal(set) var whistles: [WhistleID: Whistle] = [:]
    public internal(set) var whistleOrder: [WhistleID] = []
    public internal(set) var dispatches: [DispatchID: Dispatch] = [:]
    public internal(set) var dispatchOrder: [DispatchID] = []
    public internal(set) var findings: [FindingID: PatrolFinding] = [:]
    public internal(set) var findingOrder: [FindingID] = []
    public internal(set) var handovers: [Handover] = []
    public internal(set) var ratings: [UtilityRating] = []
    /// Art 44: departments that refused their duties, for the district government.
    public internal(set) var refusals: [Refusal] = []
    /// Seq and time of the last entry folded in.
    public internal(set) var lastSeq: Int64 = 0
    public internal(set) var lastAt: Date?

    public init() {}

    /// Folds a whole sequence of entries.
    public init(replaying entries: some Sequence<Recorded>) {
        for entry in entries { apply(entry) }
    }

    public var dueSoonFraction: Double { street?.profile.dueSoonFraction ?? 0.25 }
}

/// One refusal, as kept for the Art 44 report.
public struct Refusal: Sendable, Equatable {
    public let whistle: WhistleID
    public let department: DepartmentID
    public let reason: String
    public let at: Date
    public let recordedBy: String
}
