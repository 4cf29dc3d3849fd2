import DeskCore

/// How the complaints board orders its cases (`S`) and groups them (`V`): by deadline, the open
/// queue's own order, unless the officer chose otherwise. Arranging is one sort of the filtered
/// list on keys read once per case, done when the list is computed (once per state and moment).
public struct CaseArrangement: Hashable, Sendable {
    public enum Sort: CaseIterable, Sendable, Labelled {
        case deadline, age, grid, department

        var next: Self { cycled(self) }

        public var label: Phrase {
            switch self {
            case .deadline: BoardText.byDeadline
            case .age: BoardText.byAge
            case .grid: BoardText.byGrid
            case .department: BoardText.byDepartment
            }
        }
    }

    public enum Grouping: CaseIterable, Sendable, Labelled {
        case none, department, community, urgency

        var next: Self { cycled(self) }

        public var label: Phrase {
            switch self {
            case .none: BoardText.ungrouped
            case .department: BoardText.groupedByDepartment
            case .community: BoardText.groupedByCommunity
            case .urgency: BoardText.groupedByUrgency
            }
        }
    }

    public var sort = Sort.deadline
    public var grouping = Grouping.none

    public init() {}

    /// `items`, cases in deadline order, in this arrangement: grouped first, then sorted, ties
    /// kept in deadline order.
    func arrange(_ items: [ItemRef], _ view: FrameContext) -> [ItemRef] {
        guard self != CaseArrangement() else { return items }
        let ranks = Ranks(view.street)
        let keys = items.enumerated().map { position, item -> (group: Int, key: Int, position: Int) in
            guard case .caseItem(let id) = item, let found = view.state.cases[id] else { return (.max, .max, position) }
            return (group(found, ranks), key(found, ranks, position: position), position)
        }
        return keys.sorted { ($0.group, $0.key, $0.position) < ($1.group, $1.key, $1.position) }.map { items[$0.position] }
    }

    /// The name of the group `item` falls in; nil when not grouped.
    func groupName(_ item: Case, _ view: FrameContext) -> String? {
        switch grouping {
        case .none: nil
        case .department: item.departments.first.map { BoardKit.shortName($0, view) } ?? view.t(BoardText.notRouted)
        case .community: view.street.grids[item.grid].flatMap { view.street.communities[$0.community]?.name } ?? "—"
        case .urgency: view.t(item.timeLimit)
        }
    }

    private func group(_ item: Case, _ ranks: Ranks) -> Int {
        switch grouping {
        case .none: 0
        case .department: ranks.department(item)
        case .community: ranks.communityOfGrid[item.grid] ?? .max
        case .urgency: TimeLimitClass.allCases.firstIndex(of: item.timeLimit) ?? .max
        }
    }

    private func key(_ item: Case, _ ranks: Ranks, position: Int) -> Int {
        switch sort {
        case .deadline: position
        case .age: Int(item.ordinal)
        case .grid: ranks.grids[item.grid] ?? .max
        case .department: ranks.department(item)
        }
    }

    /// Profile order of departments and communities, grids by code (west→east, north→south
    /// inside each community): built once per arrangement, looked up per case.
    private struct Ranks {
        let departments: [DepartmentID: Int]
        let grids: [GridCode: Int]
        /// Each grid's community's place, so that grouping reads no grid record per case.
        let communityOfGrid: [GridCode: Int]

        init(_ street: Street) {
            departments = Dictionary(street.profile.departments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: min)
            grids = Dictionary(street.profile.grids.map(\.code).sorted().enumerated().map { ($1, $0) }, uniquingKeysWith: min)
            let communities = Dictionary(street.profile.communities.enumerated().map { ($1.code, $0) }, uniquingKeysWith: min)
            communityOfGrid = Dictionary(street.profile.grids.map { ($0.code, communities[$0.community] ?? .max) }, uniquingKeysWith: min)
        }

        /// Its first department's place; cases not yet routed last.
        func department(_ item: Case) -> Int { item.departments.first.flatMap { departments[$0] } ?? .max }
    }
}

/// The case after `value`, the first after the last: what `S`, `V` and `p` step through.
func cycled<T: CaseIterable & Equatable>(_ value: T) -> T {
    let all = Array(T.allCases)
    return all[((all.firstIndex(of: value) ?? 0) + 1) % all.count]
}
