import Foundation

public typealias WhistleID = ID<Whistle>

/// 吹哨: departments summoned around one matter (Art 5).
public struct WhistleBlown: Codable, Sendable, Equatable {
    public var id: WhistleID
    public var type: WhistleType
    public var matter: MatterKind
    public var caseID: CaseID?
    public var finding: FindingID?
    public var grid: GridCode
    public var summary: String
    public var summons: [Summoned]

    public struct Summoned: Codable, Sendable, Equatable {
        public var department: DepartmentID
        public var reportBy: Date

        enum CodingKeys: String, CodingKey {
            case department = "department"
            case reportBy = "reportBy"
        }
    }

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case type = "type"
        case matter = "matter"
        case caseID = "caseID"
        case finding = "finding"
        case grid = "grid"
        case summary = "summary"
        case summons = "summons"
    }
}

/// A summoned department's step: reported in, acting, done, or refused (with the reason or note).
public struct SummonsStep: Codable, Sendable, Equatable {
    public var id: WhistleID
    public var department: DepartmentID
    public var state: SummonsState
    /// Who came, for a report-in; the reason, for a refusal; a note otherwise.
    public var note: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case department = "department"
        case state = "state"
        case note = "note"
    }
}

/// 督办 on a summoned department late to report in or act (Art 44's list is for the refusals).
public struct SummonsUrged: Codable, Sendable, Equatable {
    public var id: WhistleID
    public var department: DepartmentID
    public var note: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case department = "department"
        case note = "note"
    }
}

/// A correction: an Art 44 refusal recorded by mistake (against the wrong department, say) is
/// withdrawn, naming the entry that recorded it and why. That entry stays in the journal.
public struct RefusalWithdrawn: Codable, Sendable, Equatable {
    public var id: WhistleID
    public var department: DepartmentID
    /// The seq of the entry that recorded the refusal.
    public var corrects: Int64
    public var reason: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case department = "department"
        case corrects = "corrects"
        case reason = "reason"
    }
}

/// 事不完，人不撤: the whistle closes once its matter is done.
public struct WhistleClosed: Codable, Sendable, Equatable {
    public var id: WhistleID
    public var note: String

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case note = "note"
    }
}
