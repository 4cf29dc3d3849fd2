/// The street profile: everything about one street office that the desk needs to know,
/// read from a YAML file (docs/profile.md) and written whole into the journal's first entry,
/// so that a journal is self-contained.
public struct StreetProfile: Codable, Sendable, Equatable {
    public var street: StreetInfo
    public var communities: [Community]
    public var grids: [Grid]
    public var departments: [Department]
    public var categories: [Category]
    public var timeLimits: TimeLimitTable
    public var whistleReportBy: WhistleReportTable
    /// Default 0.25: a clock is due soon when less than this fraction of its span remains.
    public var dueSoonFraction: Double
    public var rateWeights: RateWeights
    /// Who works the desk. When listed, supervisor-only actions (督办, revealing a phone
    /// number) are refused to anyone not listed as a supervisor.
    public var staff: [StaffMember]?
    /// The journal format it was written in (docs/journal-format.md), set by `configure`; absent in
    /// journals of format 1.
    public var format: Int?
    /// 延期 limits; absent: `ExtensionLimits.standard`.
    public var extensionLimits: ExtensionLimits?
    /// Which call-back the rates count; absent: the first.
    public var callbackRule: CallbackRule?
    /// A clock is also due soon once less than this remains; absent: 1h (a default).
    public var dueSoonFloor: TimeSpan?
    /// How long a shift is: a handover lists what falls due within the next one; absent: 12h.
    public var shiftLength: TimeSpan?
    /// The phone numbers intake accepts, as whole-number patterns; absent: `PhoneNumber.standard`.
    public var phonePatterns: [String]?
    /// How 12345 work orders map to categories and grids (docs/exchange.md); absent: every order is flagged.
    public var hotline: HotlineMapping?
    /// How Open311 service codes map to categories (format 4, docs/exchange.md); absent: a code is its category's id.
    public var open311: Open311Mapping?
    /// 主题: what cases may be tagged with (每月一题 and the street's own); absent: none.
    public var themes: [CaseTheme]?

    enum CodingKeys: String, CodingKey {
        case street = "street"
        case communities = "communities"
        case grids = "grids"
        case departments = "departments"
        case categories = "categories"
        case timeLimits = "timeLimits"
        case whistleReportBy = "whistleReportBy"
        case dueSoonFraction = "dueSoonFraction"
        case rateWeights = "rateWeights"
        case staff = "staff"
        case format = "format"
        case extensionLimits = "extensionLimits"
        case callbackRule = "callbackRule"
        case dueSoonFloor = "dueSoonFloor"
        case phonePatterns = "phonePatterns"
        case shiftLength = "shiftLength"
        case hotline = "hotline"
        case open311 = "open311"
        case themes = "themes"
    }
}

/// How far a case's resolve-by may move (延期). The figures are defaults chosen by the desk,
/// not the law's; a street sets its own in the profile.
public struct ExtensionLimits: Codable, Sendable, Equatable {
    /// The longest single extension.
    public var longest: TimeSpan
    /// How many extensions one case may have.
    public var most: Int

    public static let standard = ExtensionLimits(longest: .days(15), most: 2)

    enum CodingKeys: String, CodingKey {
        case longest = "longest"
        case most = "most"
    }
}

public struct StaffMember: Codable, Sendable, Equatable {
    /// As given to `--operator`.
    public var name: String
    public var role: StaffRole

    public init(name: String, role: StaffRole) {
        self.name = name
        self.role = role
    }

    enum CodingKeys: String, CodingKey {
        case name = "name"
        case role = "role"
    }
}

public enum StaffRole: String, Codable, Sendable, CaseIterable, Labelled {
    /// 值班员
    case dutyOfficer = "duty-officer"
    /// 带班领导
    case supervisor

    public var label: Phrase {
        switch self {
        case .dutyOfficer: Phrase("值班员", "duty officer")
        case .supervisor: Phrase("带班领导", "supervisor")
        }
    }
}

public struct StreetInfo: Codable, Sendable, Equatable {
    /// 9 digits: district (GB/T 2260) + street.
    public var code: String
    public var name: String
    public var district: String
    public var timeZone: String
    public var demo: Bool?

    enum CodingKeys: String, CodingKey {
        case code = "code"
        case name = "name"
        case district = "district"
        case timeZone = "timeZone"
        case demo = "demo"
    }
}

/// 社区: a residents' community inside the street.
public struct Community: Codable, Sendable, Equatable {
    /// 3 digits, the community part of its grids' codes.
    public var code: String
    public var name: String

    enum CodingKeys: String, CodingKey {
        case code = "code"
        case name = "name"
    }
}

/// 单元网格 (Art 24): a management grid with its worker, service items and supervision tasks.
public struct Grid: Codable, Sendable, Equatable {
    public var code: GridCode
    public var name: String
    public var community: String
    /// Tile position on the map board.
    public var row: Int
    public var column: Int
    public var worker: GridWorker
    public var serviceItems: [String]
    public var supervisionTasks: [String]

    enum CodingKeys: String, CodingKey {
        case code = "code"
        case name = "name"
        case community = "community"
        case row = "row"
        case column = "column"
        case worker = "worker"
        case serviceItems = "serviceItems"
        case supervisionTasks = "supervisionTasks"
    }
}

/// 网格员
public struct GridWorker: Codable, Sendable, Equatable {
    public var name: String
    public var phone: String?

    enum CodingKeys: String, CodingKey {
        case name = "name"
        case phone = "phone"
    }
}

public typealias DepartmentID = ID<Department>

/// A body the street can route to, summon (Art 5) or dispatch (Art 11(3)).
public struct Department: Codable, Sendable, Equatable {
    public var id: DepartmentID
    public var name: String
    public var kind: DepartmentKind
    /// Set for the public-service companies rated under Art 45.
    public var utility: UtilityKind?
    public var contact: String?

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case name = "name"
        case kind = "kind"
        case utility = "utility"
        case contact = "contact"
    }
}

public enum DepartmentKind: String, Codable, Sendable, CaseIterable, Labelled {
    case districtDepartment = "district-department"
    case dispatchedAgency = "dispatched-agency"
    case publicService = "public-service"
    case streetUnit = "street-unit"
    case residentsCommittee = "residents-committee"

    public var label: Phrase {
        switch self {
        case .districtDepartment: Phrase("区政府工作部门", "district department")
        case .dispatchedAgency: Phrase("派出机构", "dispatched agency")
        case .publicService: Phrase("公共服务企业", "public-service company")
        case .streetUnit: Phrase("街道内设机构", "street unit")
        case .residentsCommittee: Phrase("居民委员会", "residents' committee")
        }
    }

    /// A body outside the street office that a whistle summons: only these go on the Art 44
    /// list when they refuse.
    public var isSummonedFromOutside: Bool { self != .streetUnit && self != .residentsCommittee }
}

/// The utilities whose service residents and units rate (Art 45).
public enum UtilityKind: String, Codable, Sendable, CaseIterable, Labelled {
    case water, power, gas, heating, telecom

    public var label: Phrase {
        switch self {
        case .water: Phrase("供水", "water")
        case .power: Phrase("供电", "power")
        case .gas: Phrase("供气", "gas")
        case .heating: Phrase("供热", "heating")
        case .telecom: Phrase("通信", "telecom")
        }
    }
}

public typealias CategoryID = ID<Category>

/// A node of the complaint category tree. `timeLimit` and `department` are inherited by
/// children that leave them out.
public struct Category: Codable, Sendable, Equatable {
    public var id: CategoryID
    public var name: String
    public var timeLimit: TimeLimitClass?
    public var department: DepartmentID?
    public var children: [Category]?

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case name = "name"
        case timeLimit = "timeLimit"
        case department = "department"
        case children = "children"
    }
}

/// The time-limit classes of the complaint clocks.
public enum TimeLimitClass: String, Codable, Sendable, CaseIterable, Labelled {
    case urgent, utilities, general, complex

    public var label: Phrase {
        switch self {
        case .urgent: Phrase("紧急", "urgent")
        case .utilities: Phrase("水电气热", "utilities")
        case .general: Phrase("一般", "general")
        case .complex: Phrase("复杂", "complex")
        }
    }
}

public struct Clocks: Codable, Sendable, Equatable {
    /// Contact the complainant within this.
    public var respond: TimeSpan
    /// Resolve within this.
    public var resolve: TimeSpan

    enum CodingKeys: String, CodingKey {
        case respond = "respond"
        case resolve = "resolve"
    }
}

/// Defaults chosen by the desk (docs/profile.md); the statutory figures vary by district.
public struct TimeLimitTable: Codable, Sendable, Equatable {
    public var urgent: Clocks
    public var utilities: Clocks
    public var general: Clocks
    public var complex: Clocks

    public subscript(_ limit: TimeLimitClass) -> Clocks {
        switch limit {
        case .urgent: urgent
        case .utilities: utilities
        case .general: general
        case .complex: complex
        }
    }

    enum CodingKeys: String, CodingKey {
        case urgent = "urgent"
        case utilities = "utilities"
        case general = "general"
        case complex = "complex"
    }
}

/// How long a summoned department has to report in, by whistle type (defaults).
public struct WhistleReportTable: Codable, Sendable, Equatable {
    public var emergency: TimeSpan
    public var tough: TimeSpan
    public var routine: TimeSpan

    enum CodingKeys: String, CodingKey {
        case emergency = "emergency"
        case tough = "tough"
        case routine = "routine"
    }
}

/// Weights of the composite score over the three rates (10/45/45 is often quoted, unverified).
public struct RateWeights: Codable, Sendable, Equatable {
    public var response: Double
    public var resolution: Double
    public var satisfaction: Double

    enum CodingKeys: String, CodingKey {
        case response = "response"
        case resolution = "resolution"
        case satisfaction = "satisfaction"
    }
}
