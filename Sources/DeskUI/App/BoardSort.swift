import DeskCore

/// How the whistles, dispatches and departments boards order their rows: `S` steps through a
/// board's orders, the first being the board's own. (The complaints board has its own
/// `CaseArrangement`, whose deadline order the overdue counts rely on.)
public enum BoardSort: Hashable, Sendable, Labelled {
    case whistleDeadline, whistleBlown, whistleType, whistleGrid
    case dispatchCreated, dispatchPlanned, dispatchLead, dispatchGrid
    case departmentProfile, departmentComposite, departmentResolution, departmentOpen

    /// A board's orders, its own first; none for the boards `S` does not sort.
    static func orders(_ board: Board) -> [BoardSort] {
        switch board {
        case .whistles: [.whistleDeadline, .whistleBlown, .whistleType, .whistleGrid]
        case .dispatches: [.dispatchCreated, .dispatchPlanned, .dispatchLead, .dispatchGrid]
        case .departments: [.departmentProfile, .departmentComposite, .departmentResolution, .departmentOpen]
        case .map, .complaints, .today: []
        }
    }

    /// The order after `current` on `board` (after none: the second, since none is the first).
    static func next(after current: BoardSort?, on board: Board) -> BoardSort? {
        let orders = orders(board)
        guard !orders.isEmpty else { return nil }
        return orders[((current.flatMap(orders.firstIndex) ?? 0) + 1) % orders.count]
    }

    public var label: Phrase {
        switch self {
        case .whistleDeadline: BoardText.byDeadline
        case .whistleBlown: BoardText.byBlown
        case .whistleType: BoardText.byWhistleType
        case .whistleGrid, .dispatchGrid: BoardText.byGrid
        case .dispatchCreated: BoardText.byCreated
        case .dispatchPlanned: BoardText.byPlanned
        case .dispatchLead: BoardText.byLead
        case .departmentProfile: BoardText.byProfile
        case .departmentComposite: BoardText.byComposite
        case .departmentResolution: BoardText.byResolution
        case .departmentOpen: BoardText.byOpen
        }
    }

    /// `rows` in this order, by a key read once per row, ties kept in the order given.
    static func sorted<Row, Key: Comparable>(_ rows: [Row], by key: (Row) -> Key) -> [Row] {
        rows.enumerated().map { (key($1), $0, $1) }.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map(\.2)
    }
}
