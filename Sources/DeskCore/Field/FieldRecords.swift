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
}

/// An Art 45 rating as recorded.
public struct UtilityRating: Sendable, Equatable {
    public let department: DepartmentID
    public let score: Int
    public let rater: RaterKind
    public let note: String
    public let at: Date
}
