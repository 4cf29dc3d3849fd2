import Foundation

/// 街乡吹哨、部门报到 (Art 5): one whistle and the departments it summoned.
public struct Whistle: Sendable, Equatable, Identifiable {
    public let id: WhistleID
    public let type: WhistleType
    public let matter: MatterKind
    public let caseID: CaseID?
    public let finding: FindingID?
    public let grid: GridCode
    public let summary: String
    public let blownAt: Date
    public let blownBy: String
    /// In the order summoned.
    public internal(set) var summons: [Summons]
    public internal(set) var closedAt: Date?
    /// The seqs of its journal entries, oldest first (the detail reads them from the journal).
    public internal(set) var entries: [Int64] = []

    init(_ e: WhistleBlown, at: Date, by: String) {
        id = e.id
        type = e.type
        matter = e.matter
        caseID = e.caseID
        finding = e.finding
        grid = e.grid
        summary = e.summary
        blownAt = at
        blownBy = by
        summons = e.summons.map { Summons(department: $0.department, reportBy: $0.reportBy) }
    }

    public var isOpen: Bool { closedAt == nil }

    public func summons(of department: DepartmentID) -> Summons? {
        summons.first { $0.department == department }
    }
}

/// One department's answer to a whistle.
public struct Summons: Sendable, Equatable {
    public let department: DepartmentID
    public let reportBy: Date
    public internal(set) var state: SummonsState = .summoned
    public internal(set) var reportedAt: Date?
    /// Who came (报到人).
    public internal(set) var reporter: String?
    public internal(set) var refusal: String?
    /// Where it stood before a refusal, so that withdrawing the refusal puts it back.
    public internal(set) var stateBeforeRefusal: SummonsState?
    /// The entry that recorded the refusal.
    public internal(set) var refusalSeq: Int64?
    public internal(set) var doneAt: Date?

    /// How this department stands for the per-whistle evaluation (一哨一考核).
    public func record(at now: Date) -> SummonsRecord {
        if state == .refused { return .refused }
        if let reportedAt { return reportedAt <= reportBy ? .onTime : .late }
        return now > reportBy ? .late : .pending
    }
}

public enum SummonsRecord: String, Sendable, CaseIterable, Labelled {
    case pending
    case onTime = "on-time"
    case late, refused

    public var label: Phrase {
        switch self {
        case .pending: Phrase("待报到", "pending")
        case .onTime: Phrase("按时报到", "on time")
        case .late: Phrase("迟报到", "late")
        case .refused: Phrase("拒绝", "refused")
        }
    }
}
