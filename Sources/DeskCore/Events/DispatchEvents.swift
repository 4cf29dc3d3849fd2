import Foundation

public typealias DispatchID = ID<Dispatch>

/// 联合执法 dispatch (Art 11(3), 26).
public struct DispatchCreated: Codable, Sendable, Equatable {
    public var id: DispatchID
    public var summary: String
    public var caseID: CaseID?
    public var finding: FindingID?
    public var grid: GridCode
    public var place: String
    public var lead: DepartmentID
    public var participants: [DepartmentID]
    public var plannedAt: Date

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case summary = "summary"
        case caseID = "caseID"
        case finding = "finding"
        case grid = "grid"
        case place = "place"
        case lead = "lead"
        case participants = "participants"
        case plannedAt = "plannedAt"
    }
}

public struct UnitStatusChanged: Codable, Sendable, Equatable {
    public var id: DispatchID
    public var department: DepartmentID
    public var status: UnitStatus

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case department = "department"
        case status = "status"
    }
}

public struct DispatchConcluded: Codable, Sendable, Equatable {
    public var id: DispatchID
    public var outcome: EnforcementOutcome
    public var findings: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case outcome = "outcome"
        case findings = "findings"
    }
}
