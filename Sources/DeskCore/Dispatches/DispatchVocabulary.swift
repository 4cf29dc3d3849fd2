/// A unit's place on the joint-enforcement dispatch board (Art 11(3), 26).
public enum UnitStatus: String, Codable, Sendable, CaseIterable, Labelled {
    case dispatched
    case enRoute = "en-route"
    case onScene = "on-scene"
    case cleared

    public var label: Phrase {
        switch self {
        case .dispatched: Phrase("已派出", "dispatched")
        case .enRoute: Phrase("在途", "en route")
        case .onScene: Phrase("到场", "on scene")
        case .cleared: Phrase("已撤离", "cleared")
        }
    }

    /// Statuses only move forward along the board.
    public var rank: Int { Self.allCases.firstIndex(of: self)! }
}

/// How a found violation ended (Art 26).
public enum EnforcementOutcome: String, Codable, Sendable, CaseIterable, Labelled {
    /// 劝阻制止
    case dissuaded
    /// 查处: the street's own enforcement power.
    case investigated
    /// 告知: a department's power; it was notified.
    case notified
    /// 移交: handed to a department or the district for further handling.
    case referred

    public var label: Phrase {
        switch self {
        case .dissuaded: Phrase("劝阻制止", "dissuaded and stopped")
        case .investigated: Phrase("依法查处", "investigated")
        case .notified: Phrase("告知部门", "department notified")
        case .referred: Phrase("移交处理", "referred")
        }
    }
}
