import Foundation

public typealias CaseID = ID<Case>

/// 接: a case taken in, with both clocks already set from the time-limit table.
public struct CaseTakenIn: Codable, Sendable, Equatable {
    public var id: CaseID
    public var type: RequestType
    public var source: CaseSource
    public var category: CategoryID
    public var grid: GridCode
    public var summary: String
    public var phone: String?
    public var address: String?
    public var timeLimit: TimeLimitClass
    public var respondBy: Date
    public var resolveBy: Date
    /// The patrol finding this case came from (Art 24).
    public var finding: FindingID?

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case type = "type"
        case source = "source"
        case category = "category"
        case grid = "grid"
        case summary = "summary"
        case phone = "phone"
        case address = "address"
        case timeLimit = "timeLimit"
        case respondBy = "respondBy"
        case resolveBy = "resolveBy"
        case finding = "finding"
    }
}

/// Art 17 triage, with its reason.
public struct CaseRouted: Codable, Sendable, Equatable {
    public var id: CaseID
    public var outcome: TriageOutcome
    public var departments: [DepartmentID]
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case outcome = "outcome"
        case departments = "departments"
        case reason = "reason"
    }
}

/// A case event that carries only a note: contact, progress, resolve, feedback, close, urge, reveal.
public struct CaseNote: Codable, Sendable, Equatable {
    public var id: CaseID
    public var note: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case note = "note"
    }
}

/// 回访
public struct CaseCalledBack: Codable, Sendable, Equatable {
    public var id: CaseID
    public var solved: Bool
    public var satisfaction: Satisfaction
    public var note: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case solved = "solved"
        case satisfaction = "satisfaction"
        case note = "note"
    }
}

/// 退单: not the street's, with the rule that shows it.
public struct CaseReturned: Codable, Sendable, Equatable {
    public var id: CaseID
    public var rule: String
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case rule = "rule"
        case reason = "reason"
    }
}

/// 延期
public struct CaseExtended: Codable, Sendable, Equatable {
    public var id: CaseID
    public var resolveBy: Date
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case resolveBy = "resolveBy"
        case reason = "reason"
    }
}

/// 并单: `duplicate` folded into `original`.
public struct CaseMerged: Codable, Sendable, Equatable {
    public var duplicate: CaseID
    public var original: CaseID

    enum CodingKeys: String, CodingKey {
        case duplicate = "duplicate"
        case original = "original"
    }
}

/// A correction: the case was taken in under the wrong category. Names the entry it corrects
/// (the intake, or an earlier correction) and why; the clocks stay as they were.
public struct CaseRecategorized: Codable, Sendable, Equatable {
    public var id: CaseID
    public var category: CategoryID
    public var corrects: Int64
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case category = "category"
        case corrects = "corrects"
        case reason = "reason"
    }
}

/// 重办: the call-back found it unsolved; a new resolve-by clock starts.
public struct CaseReopened: Codable, Sendable, Equatable {
    public var id: CaseID
    public var resolveBy: Date
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case resolveBy = "resolveBy"
        case reason = "reason"
    }
}
