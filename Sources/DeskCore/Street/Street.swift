import Foundation

/// A street profile indexed for lookups by code and id, with the category tree flattened
/// and inheritance resolved. Built once when the profile is configured, and shared: a copy is
/// one reference, since the fold reads it for every event.
public struct Street: Sendable, Equatable {
    private let indexed: Indexed

    public var profile: StreetProfile { indexed.profile }
    public var timeZone: TimeZone { indexed.timeZone }
    public var grids: [GridCode: Grid] { indexed.grids }
    public var communities: [String: Community] { indexed.communities }
    public var departments: [DepartmentID: Department] { indexed.departments }
    public var categories: [CategoryID: CategoryEntry] { indexed.categories }
    /// Categories in tree order (parents before their children), for pick lists.
    public var categoryOrder: [CategoryID] { indexed.categoryOrder }
    public var calendar: StreetCalendar { indexed.calendar }
    /// Grids in map order (row, then column): what ←/→ step through on the map.
    public var gridsOnMap: [Grid] { indexed.gridsOnMap }
    /// Where each scope's figures sit in the per-day ledgers: the street at 0, then the
    /// departments, grids, communities and categories in profile order, the sources, the
    /// request types and the themes.
    var departmentSlots: [DepartmentID: Int] { indexed.departmentSlots }
    var gridSlots: [GridCode: Int] { indexed.gridSlots }
    var communitySlots: [String: Int] { indexed.communitySlots }
    var categorySlots: [CategoryID: Int] { indexed.categorySlots }
    var sourceSlots: [CaseSource: Int] { indexed.sourceSlots }
    var typeSlots: [RequestType: Int] { indexed.typeSlots }
    var themeSlots: [ThemeID: Int] { indexed.themeSlots }
    var slotCount: Int { indexed.slotCount }

    public init(_ profile: StreetProfile) { indexed = Indexed(profile) }

    /// Everything else is derived from the profile.
    public static func == (a: Street, b: Street) -> Bool { a.indexed === b.indexed || a.profile == b.profile }

    private final class Indexed: Sendable {
        let profile: StreetProfile
        let timeZone: TimeZone
        let grids: [GridCode: Grid]
        let communities: [String: Community]
        let departments: [DepartmentID: Department]
        let categories: [CategoryID: CategoryEntry]
        let categoryOrder: [CategoryID]
        let calendar: StreetCalendar
        let gridsOnMap: [Grid]
        let departmentSlots: [DepartmentID: Int]
        let gridSlots: [GridCode: Int]
        let communitySlots: [String: Int]
        let categorySlots: [CategoryID: Int]
        let sourceSlots: [CaseSource: Int]
        let typeSlots: [RequestType: Int]
        let themeSlots: [ThemeID: Int]
        let slotCount: Int

        init(_ profile: StreetProfile) {
            self.profile = profile
            timeZone = TimeZone(identifier: profile.street.timeZone) ?? StreetCalendar.beijing
            grids = Dictionary(profile.grids.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            communities = Dictionary(profile.communities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
            departments = Dictionary(profile.departments.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            var entries = [CategoryID: CategoryEntry]()
            var order = [CategoryID]()
            func walk(_ nodes: [Category], parent: CategoryEntry?) {
                for node in nodes {
                    let entry = CategoryEntry(
                        id: node.id, name: node.name,
                        path: parent.map { $0.path + " › " + node.name } ?? node.name,
                        parent: parent?.id, depth: (parent?.depth ?? -1) + 1,
                        timeLimit: node.timeLimit ?? parent?.timeLimit ?? .general,
                        department: node.department ?? parent?.department,
                        isLeaf: (node.children ?? []).isEmpty)
                    entries[node.id] = entry
                    order.append(node.id)
                    walk(node.children ?? [], parent: entry)
                }
            }
            walk(profile.categories, parent: nil)
            categories = entries
            categoryOrder = order
            calendar = StreetCalendar(timeZone: timeZone)
            gridsOnMap = profile.grids.sorted { ($0.row, $0.column) < ($1.row, $1.column) }
            var next = 1
            func slots<Key: Hashable>(_ keys: [Key]) -> [Key: Int] {
                var slots = [Key: Int]()
                for key in keys where slots[key] == nil {
                    slots[key] = next
                    next += 1
                }
                return slots
            }
            departmentSlots = slots(profile.departments.map(\.id))
            gridSlots = slots(profile.grids.map(\.code))
            communitySlots = slots(profile.communities.map(\.code))
            categorySlots = slots(order)
            sourceSlots = slots(CaseSource.allCases)
            typeSlots = slots(RequestType.allCases)
            themeSlots = slots((profile.themes ?? []).map(\.id))
            slotCount = next
        }
    }

    /// The ledger slot of a scope; nil for one the profile does not name.
    func slot(_ scope: RateScope) -> Int? {
        switch scope {
        case .street: 0
        case .department(let id): departmentSlots[id]
        case .grid(let code): gridSlots[code]
        case .community(let code): communitySlots[code]
        case .category(let id): categorySlots[id]
        case .source(let source): sourceSlots[source]
        case .type(let type): typeSlots[type]
        case .theme(let id): themeSlots[id]
        }
    }

    /// The slots a case counts in: the street, its grid, community, category, source and type,
    /// the departments routed to and the themes it is tagged with. Each case is in one slot of
    /// every slice but departments and themes. As 32-bit numbers: a year's cases each keep the list.
    func slots(of item: Case) -> [Int32] {
        ([0] + [gridSlots[item.grid], communitySlots[item.grid.community], categorySlots[item.category],
                sourceSlots[item.source], typeSlots[item.type]].compactMap { $0 }
            + item.departments.compactMap { departmentSlots[$0] } + item.tags.compactMap { themeSlots[$0] }).map(Int32.init)
    }

    public var name: String { profile.street.name }

    public var extensionLimits: ExtensionLimits { profile.extensionLimits ?? .standard }
    public var callbackRule: CallbackRule { profile.callbackRule ?? .first }
    public var shiftLength: TimeSpan { profile.shiftLength ?? .hours(12) }
    /// When a running clock counts as due soon (one definition for the header, every board,
    /// `show` and `report`).
    public var dueSoon: DueSoonRule { DueSoonRule(fraction: profile.dueSoonFraction, floor: profile.dueSoonFloor ?? .hours(1)) }

    /// Grids in code order (community, then sequence).
    public var gridsInOrder: [Grid] { profile.grids.sorted { $0.code < $1.code } }

    /// Whether `operatorName` may take supervisor-only actions: anyone, when the profile lists no staff.
    public func isSupervisor(_ operatorName: String?) -> Bool {
        guard let staff = profile.staff, !staff.isEmpty else { return true }
        return staff.contains { $0.name == operatorName && $0.role == .supervisor }
    }

    public func departmentName(_ id: DepartmentID) -> String { departments[id]?.name ?? id.raw }
    public func gridName(_ code: GridCode) -> String { grids[code]?.name ?? code.digits }
}

/// A category with its inherited time-limit class and usual department.
public struct CategoryEntry: Sendable, Equatable {
    public let id: CategoryID
    public let name: String
    /// `市容环境 › 垃圾清运不及时`
    public let path: String
    public let parent: CategoryID?
    public let depth: Int
    public let timeLimit: TimeLimitClass
    public let department: DepartmentID?
    public let isLeaf: Bool
}
