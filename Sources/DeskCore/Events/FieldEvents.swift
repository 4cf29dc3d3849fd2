import Foundation

public typealias FindingID = ID<PatrolFinding>
public typealias HandoverID = ID<Handover>

/// 巡查发现 (Art 24)
public struct FindingRecorded: Codable, Sendable, Equatable {
    public var id: FindingID
    public var grid: GridCode
    public var stage: PatrolStage
    public var summary: String
    public var category: CategoryID?

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case grid = "grid"
        case stage = "stage"
        case summary = "summary"
        case category = "category"
    }
}

/// 交接班
public struct HandoverSigned: Codable, Sendable, Equatable {
    public var id: HandoverID
    public var note: String
    /// Who takes over the console.
    public var to: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case note = "note"
        case to = "to"
    }
}

/// Art 45: a resident's or unit's rating of a utility, 1 (worst) to 5 (best).
public struct UtilityRated: Codable, Sendable, Equatable {
    public var department: DepartmentID
    public var score: Int
    public var rater: RaterKind
    public var note: String

    enum CodingKeys: String, CodingKey {
        case department = "department"
        case score = "score"
        case rater = "rater"
        case note = "note"
    }
}

/// The incoming officer has read the handover and takes the console.
public struct HandoverAcknowledged: Codable, Sendable, Equatable {
    public var id: HandoverID

    enum CodingKeys: String, CodingKey {
        case id = "id"
    }
}
