/// The stage of the Art 24 patrol workflow at which a grid worker found something:
/// collect information → discover needs → inspect hazards → handle problems.
public enum PatrolStage: String, Codable, Sendable, CaseIterable, Labelled {
    case information, need, hazard, problem

    public var label: Phrase {
        switch self {
        case .information: Phrase("采集信息", "information")
        case .need: Phrase("发现需求", "need")
        case .hazard: Phrase("排查隐患", "hazard")
        case .problem: Phrase("处置问题", "problem")
        }
    }
}

/// Who rated a utility (Art 45: residents and units).
public enum RaterKind: String, Codable, Sendable, CaseIterable, Labelled {
    case resident, unit

    public var label: Phrase {
        switch self {
        case .resident: Phrase("居民", "resident")
        case .unit: Phrase("单位", "unit")
        }
    }
}
