import Foundation

/// A complaint case (接诉即办, Art 6, 16, 17): what the fold knows of one request.
public struct Case: Sendable, Equatable, Identifiable {
    public let id: CaseID
    public let type: RequestType
    public let source: CaseSource
    /// As taken in, or as a correction set it.
    public internal(set) var category: CategoryID
    /// The entry that set `category`: what a correction of it names.
    public internal(set) var categoryEntry: Int64 = 0
    public let grid: GridCode
    public let summary: String
    public let phone: String?
    public let address: String?
    public let timeLimit: TimeLimitClass
    public let finding: FindingID?
    public let receivedAt: Date
    public let receivedBy: String
    /// Intake order: 0 for the first case.
    public let ordinal: Int32
    /// What the `/` filter looks through, built at intake; kept only while the case is open
    /// (the filter searches the open queue).
    public internal(set) var searchKey: SearchKey

    public internal(set) var status: CaseStatus = .received
    public internal(set) var respondBy: Date
    public internal(set) var resolveBy: Date
    public internal(set) var routing: CaseRouted? {
        get { boxedRouting?.value }
        set { boxedRouting = newValue.map(Boxed.init) }
    }
    /// First contact with the complainant: stops the respond-by clock.
    public internal(set) var contactedAt: Date?
    public internal(set) var resolvedAt: Date?
    /// Art 17, last paragraph: the complainant must have had feedback before the case closes.
    public internal(set) var feedbackAt: Date?
    /// Set when the case was concluded as one that cannot be solved (不能解决), with the reason
    /// given to the complainant: it counts as concluded, not as solved.
    public internal(set) var unsolvableReason: String? {
        get { boxedReason?.value }
        set { boxedReason = newValue.map(Boxed.init) }
    }
    /// Every call-back (回访), oldest first: a reopened case is called back again, and the
    /// rates read the one the profile's `callbackRule` names.
    public internal(set) var callbacks: [CallBack] = []
    /// The 12345 work order it was taken in from, as last applied.
    public internal(set) var order: OrderApplied? {
        get { boxedOrder?.value }
        set { boxedOrder = newValue.map(Boxed.init) }
    }
    /// The Open311 service request it was taken in from, as last applied.
    public internal(set) var serviceRequest: ServiceRequestRecord? {
        get { boxedServiceRequest?.value }
        set { boxedServiceRequest = newValue.map(Boxed.init) }
    }
    /// The hotline centre's own call-back, the one the street is ranked on.
    public internal(set) var evaluation: OfficialCallBack? {
        get { boxedEvaluation?.value }
        set { boxedEvaluation = newValue.map(Boxed.init) }
    }
    /// A return or extension asked for and not yet decided by a supervisor.
    public internal(set) var pendingRequest: CaseRequest? {
        get { boxedRequest?.value }
        set { boxedRequest = newValue.map(Boxed.init) }
    }
    // Held by reference, so a year's cases do not each carry their bytes inline.
    private var boxedRouting: Boxed<CaseRouted>?
    private var boxedReason: Boxed<String>?
    private var boxedOrder: Boxed<OrderApplied>?
    private var boxedEvaluation: Boxed<OfficialCallBack>?
    private var boxedServiceRequest: Boxed<ServiceRequestRecord>?
    private var boxedRequest: Boxed<CaseRequest>?
    public internal(set) var closedAt: Date?
    public internal(set) var urgeCount = 0
    public internal(set) var extensionCount = 0
    public internal(set) var reopenCount = 0
    public internal(set) var mergedInto: CaseID?
    public internal(set) var duplicates: [CaseID] = []
    public internal(set) var whistles: [WhistleID] = []
    public internal(set) var dispatches: [DispatchID] = []
    /// 主题: the profile's themes it is tagged with, in the order tagged.
    public internal(set) var tags: [ThemeID] = []
    /// The seqs of every journal entry about this case, oldest first: the detail reads its
    /// timeline from the journal, so the entries themselves do not stay in memory.
    public internal(set) var entries: [Int64] = []
    /// The ledger slots it counts in (`Street.slots(of:)`).
    var slots: [Int32] = []

    init(_ e: CaseTakenIn, at: Date, by: String, ordinal: Int32, street: Street) {
        id = e.id
        type = e.type
        source = e.source
        category = e.category
        grid = e.grid
        summary = e.summary
        phone = e.phone
        address = e.address
        timeLimit = e.timeLimit
        finding = e.finding
        receivedAt = at
        receivedBy = by
        respondBy = e.respondBy
        resolveBy = e.resolveBy
        self.ordinal = ordinal
        searchKey = SearchKey([])
        searchKey = Self.searchKey(of: self, street: street)
        slots = street.slots(of: self)
    }

    static func searchKey(of item: Case, street: Street) -> SearchKey {
        SearchKey([item.id.raw, item.summary, street.categories[item.category]?.name ?? item.category.raw, street.gridName(item.grid),
                   item.grid.digits, item.type.label.zh, item.type.label.en, item.address ?? ""])
    }

    /// The departments it was routed to (transfer or coordinate).
    public var departments: [DepartmentID] { routing?.departments ?? [] }

    /// The clock that runs now: respond-by until the first contact of any kind (contact,
    /// feedback, call-back), then resolve-by until resolved. A resolved case runs no clock.
    public var runningClock: RunningClock? {
        guard status.isOpen, resolvedAt == nil else { return nil }
        if contactedAt == nil {
            return RunningClock(kind: .respond, start: receivedAt, deadline: respondBy)
        }
        return RunningClock(kind: .resolve, start: receivedAt, deadline: resolveBy)
    }

    /// The call-back the rates count under `rule`.
    public func countedCallback(_ rule: CallbackRule) -> CallBack? {
        rule == .first ? callbacks.first : callbacks.last
    }

    /// Whether it counts in the three rates (Art 43): a request from a resident, not merged
    /// into another case, not returned. Cases the street found itself are proactive work.
    public var countsInRates: Bool { source.isRequest && mergedInto == nil && status != .returned }

    /// Taken in from an order or service request whose category or address could not be mapped, and not yet triaged.
    public var flaggedForTriage: Bool {
        ((order?.flagged ?? false) || (serviceRequest?.applied.flagged ?? false)) && routing == nil && status.isOpen
    }

    /// Responded by the respond-by deadline (the numerator of 响应率).
    public var respondedOnTime: Bool { contactedAt.map { $0 <= respondBy } ?? false }
}
