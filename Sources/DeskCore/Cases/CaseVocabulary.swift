/// 诉求类型: the five request types of the 12345 hotline (接诉即办).
public enum RequestType: String, Codable, Sendable, CaseIterable, Labelled {
    case consultation, help, complaint
    case tipOff = "tip-off"
    case suggestion

    public var label: Phrase {
        switch self {
        case .consultation: Phrase("咨询", "consultation")
        case .help: Phrase("求助", "help")
        case .complaint: Phrase("投诉", "complaint")
        case .tipOff: Phrase("举报", "tip-off")
        case .suggestion: Phrase("建议", "suggestion")
        }
    }
}

/// Where a case came from (Art 17).
public enum CaseSource: String, Codable, Sendable, CaseIterable, Labelled {
    case hotline
    case walkIn = "walk-in"
    case patrol, media

    public var label: Phrase {
        switch self {
        case .hotline: Phrase("12345热线", "12345 hotline")
        case .walkIn: Phrase("来访", "walk-in")
        case .patrol: Phrase("网格巡查", "grid patrol")
        case .media: Phrase("媒体", "media")
        }
    }

    /// A resident's request (the hotline, the media): counted in the three rates. Walk-ins
    /// and patrol findings are the street's own proactive work (主动治理), counted apart.
    public var isRequest: Bool { self == .hotline || self == .media }
}

/// The four triage outcomes of Art 17.
public enum TriageOutcome: String, Codable, Sendable, CaseIterable, Labelled {
    /// (1) within the street's duties: handle it directly within the time limit.
    case handle
    /// (2) several departments are needed: the street coordinates them.
    case coordinate
    /// (3) it belongs to one department: transfer it (移送).
    case transfer
    /// (4) nobody is clearly responsible, or coordination failed: report to the district (上报).
    case reportUp = "report-up"

    public var label: Phrase {
        switch self {
        case .handle: Phrase("直接办理", "handle")
        case .coordinate: Phrase("协调办理", "coordinate")
        case .transfer: Phrase("移送", "transfer")
        case .reportUp: Phrase("上报区政府", "report up")
        }
    }

    /// The basis the journal records when the officer gives no reason of their own.
    public var basis: String {
        switch self {
        case .handle: "属于街道职责范围，直接办理（第十七条）"
        case .coordinate: "需多部门协同，由街道协调办理（第十七条）"
        case .transfer: "属于部门职责，移送有关部门（第十七条）"
        case .reportUp: "职责不清或协调不成，报告区政府（第十七条）"
        }
    }
}

/// 回访满意度
public enum Satisfaction: String, Codable, Sendable, CaseIterable, Labelled {
    case satisfied, basically, unsatisfied

    public var label: Phrase {
        switch self {
        case .satisfied: Phrase("满意", "satisfied")
        case .basically: Phrase("基本满意", "basically satisfied")
        case .unsatisfied: Phrase("不满意", "unsatisfied")
        }
    }

    public var counts: Bool { self != .unsatisfied }
}

/// Where a case stands in 接 → 派 → 办 → 评.
public enum CaseStatus: String, Codable, Sendable, CaseIterable, Labelled {
    /// Taken in, not yet triaged.
    case received
    /// Triaged and being handled.
    case handling
    /// The handler reports it solved; feedback and call-back may follow.
    case resolved
    case closed
    /// 退单: sent back as not the street's.
    case returned
    /// 并单: a duplicate folded into its original.
    case merged

    public var label: Phrase {
        switch self {
        case .received: Phrase("待派", "received")
        case .handling: Phrase("办理中", "handling")
        case .resolved: Phrase("已办结", "resolved")
        case .closed: Phrase("已结案", "closed")
        case .returned: Phrase("已退单", "returned")
        case .merged: Phrase("已并单", "merged")
        }
    }

    /// Still on the queue.
    public var isOpen: Bool { self == .received || self == .handling || self == .resolved }
}
