import Foundation

/// A joint-enforcement dispatch (联合执法, Art 11(3), 26) on the dispatch board.
public struct Dispatch: Sendable, Equatable, Identifiable {
    public let id: DispatchID
    public let summary: String
    public let caseID: CaseID?
    public let finding: FindingID?
    public let grid: GridCode
    public let place: String
    public let lead: DepartmentID
    public let plannedAt: Date
    public let createdAt: Date
    public let createdBy: String
    /// The lead first, then the participants.
    public internal(set) var units: [Unit]
    public internal(set) var conclusion: DispatchConcluded?
    public internal(set) var concludedAt: Date?
    /// The seqs of its journal entries, oldest first (the detail reads them from the journal).
    public internal(set) var entries: [Int64] = []

    init(_ e: DispatchCreated, at: Date, by: String) {
        id = e.id
        summary = e.summary
        caseID = e.caseID
        finding = e.finding
        grid = e.grid
        place = e.place
        lead = e.lead
        plannedAt = e.plannedAt
        createdAt = at
        createdBy = by
        units = ([e.lead] + e.participants).map { Unit(department: $0, status: .dispatched, since: at) }
    }

    public var isOpen: Bool { concludedAt == nil }

    public struct Unit: Sendable, Equatable {
        public let department: DepartmentID
        public internal(set) var status: UnitStatus
        /// When it entered its present status: the board's timer runs from here.
        public internal(set) var since: Date
    }
}
