import Foundation

/// Every desk action, whichever front asked for it: keyboard, `:` palette, `streetdesk do`,
/// or a training scenario. `DeskState.decide` turns a command into events or refuses it.
public enum DeskCommand: Equatable, Sendable {
    case configure(StreetProfile)

    case intake(Intake)
    case route(CaseID, outcome: TriageOutcome, departments: [DepartmentID], reason: String?)
    case contact(CaseID, note: String)
    case progress(CaseID, note: String)
    case resolve(CaseID, note: String)
    /// Concluded as one that cannot be solved, with the reason the complainant is given.
    case findUnsolvable(CaseID, reason: String)
    case feedback(CaseID, note: String)
    case callback(CaseID, solved: Bool, satisfaction: Satisfaction, note: String)
    case close(CaseID, note: String)
    case returnCase(CaseID, rule: String, reason: String)
    case urge(CaseID, note: String)
    /// A supervisor decides the case's pending return or extension request.
    case approve(CaseID)
    case reject(CaseID, reason: String)
    case extend(CaseID, by: TimeSpan, reason: String)
    case merge(CaseID, into: CaseID)
    case reopen(CaseID, reason: String)
    case revealPhone(CaseID, reason: String)
    /// A correction: the case belongs under another category.
    case recategorize(CaseID, category: CategoryID, reason: String)
    /// A 12345 work order: taken in as a new case, or applied to the case it created.
    case order(HotlineOrder)
    /// The hotline centre's official call-back result (评).
    case evaluate(CaseID, responded: Bool, solved: Bool, satisfaction: Satisfaction)
    /// An Open311 service request: taken in as a new case, or applied to the case it created.
    case serviceRequest(ServiceRequest)
    /// Tags the case with one of the profile's themes (主题), or takes the tag off.
    case tag(CaseID, theme: ThemeID)
    case untag(CaseID, theme: ThemeID)

    case whistle(Blow)
    case summons(WhistleID, department: DepartmentID, to: SummonsState, note: String)
    case urgeSummons(WhistleID, department: DepartmentID, note: String)
    /// A correction: withdraw an Art 44 refusal recorded against this department by mistake.
    case withdrawRefusal(WhistleID, department: DepartmentID, reason: String)
    case closeWhistle(WhistleID, note: String)

    case dispatch(NewDispatch)
    case unitStatus(DispatchID, department: DepartmentID, status: UnitStatus)
    case conclude(DispatchID, outcome: EnforcementOutcome, findings: String)

    case patrol(grid: GridCode, stage: PatrolStage, summary: String, category: CategoryID?)
    case handover(note: String, to: String)
    /// The incoming officer acknowledges the latest handover addressed to them.
    case acknowledge
    case rateUtility(DepartmentID, score: Int, rater: RaterKind, note: String)
    /// A supervisor prints the entries after `since` with complainants' numbers in full (`streetdesk log --reveal`).
    case revealLog(since: Int64, reason: String)

    /// 接: a new request.
    public struct Intake: Equatable, Sendable {
        public var type: RequestType
        public var source: CaseSource
        public var category: CategoryID
        /// May be left out when the case comes from a patrol finding: the finding's grid is used.
        public var grid: GridCode?
        public var summary: String
        public var phone: String?
        public var address: String?
        /// Overrides the category's time-limit class (e.g. a threat to life makes it urgent).
        public var urgency: TimeLimitClass?
        public var finding: FindingID?

        public init(type: RequestType, source: CaseSource = .hotline, category: CategoryID, grid: GridCode?,
                    summary: String, phone: String? = nil, address: String? = nil,
                    urgency: TimeLimitClass? = nil, finding: FindingID? = nil) {
            self.type = type
            self.source = source
            self.category = category
            self.grid = grid
            self.summary = summary
            self.phone = phone
            self.address = address
            self.urgency = urgency
            self.finding = finding
        }
    }

    /// 吹哨: on a case, a patrol finding, or a matter described here.
    public struct Blow: Equatable, Sendable {
        public var type: WhistleType
        public var departments: [DepartmentID]
        public var caseID: CaseID?
        public var finding: FindingID?
        /// Defaults to complaints for a case, to the type's usual matter otherwise.
        public var matter: MatterKind?
        public var grid: GridCode?
        public var summary: String?

        public init(type: WhistleType, departments: [DepartmentID], caseID: CaseID? = nil, finding: FindingID? = nil,
                    matter: MatterKind? = nil, grid: GridCode? = nil, summary: String? = nil) {
            self.type = type
            self.departments = departments
            self.caseID = caseID
            self.finding = finding
            self.matter = matter
            self.grid = grid
            self.summary = summary
        }
    }

    /// 联合执法
    public struct NewDispatch: Equatable, Sendable {
        public var summary: String?
        public var caseID: CaseID?
        public var finding: FindingID?
        public var grid: GridCode?
        public var place: String
        public var lead: DepartmentID
        public var participants: [DepartmentID]
        /// Defaults to now.
        public var plannedAt: Date?

        public init(summary: String?, caseID: CaseID? = nil, finding: FindingID? = nil, grid: GridCode?,
                    place: String, lead: DepartmentID, participants: [DepartmentID], plannedAt: Date? = nil) {
            self.summary = summary
            self.caseID = caseID
            self.finding = finding
            self.grid = grid
            self.place = place
            self.lead = lead
            self.participants = participants
            self.plannedAt = plannedAt
        }
    }
}
