import Foundation

/// A grid patrol finding (Art 24); it may become a case.
public struct PatrolFinding: Sendable, Equatable, Identifiable {
    public let id: FindingID
    public let grid: GridCode
    public let stage: PatrolStage
    public let summary: String
    public let category: CategoryID?
    public let foundAt: Date
    public let foundBy: String
    public internal(set) var caseID: CaseID?
}

/// A signed shift handover note.
public struct Handover: Sendable, Equatable, Identifiable {
    public let id: HandoverID
    public let note: String
    public let from: String
    public let to: String
    public let at: Date
    /// When the incoming officer acknowledged it; until then the header says so.
    public internal(set) var acknowledgedAt: Date?
}

/// An Art 45 rating as recorded.
public struct UtilityRating: Sendable, Equatable {
    public let department: DepartmentID
    public let score: Int
    public let rater: RaterKind
    public let note: String
    public let at: Date
}

/// What a shift hands over (交接班), frozen when the handover is signed: the incoming officer
/// reads it and acknowledges it. Counts in full, with the most urgent ids of each.
public struct HandoverSnapshot: Sendable, Equatable {
    public let handover: HandoverID
    public let at: Date
    /// Open cases past their running deadline.
    public let overdue: Listing<CaseID>
    /// Open cases whose running deadline falls within the next shift.
    public let dueNextShift: Listing<CaseID>
    public let openWhistles: Listing<WhistleID>
    /// Open dispatches with units not yet cleared from the scene.
    public let unitsOut: Listing<DispatchID>

    /// How many ids each list keeps: a screenful, whatever the queue holds.
    public static let shown = 20

    public init(handover: HandoverID, at: Date, overdue: Listing<CaseID>, dueNextShift: Listing<CaseID>,
                openWhistles: Listing<WhistleID>, unitsOut: Listing<DispatchID>) {
        self.handover = handover
        self.at = at
        self.overdue = overdue
        self.dueNextShift = dueNextShift
        self.openWhistles = openWhistles
        self.unitsOut = unitsOut
    }
}

/// A count and the first few of what it counts.
public struct Listing<Item: Sendable & Equatable>: Sendable, Equatable {
    public let count: Int
    public let first: [Item]

    public init(count: Int, first: [Item]) {
        self.count = count
        self.first = Array(first.prefix(HandoverSnapshot.shown))
    }
}
