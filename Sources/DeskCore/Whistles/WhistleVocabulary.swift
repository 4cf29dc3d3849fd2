/// The kinds of matter the street may blow the whistle on (Art 5).
public enum MatterKind: String, Codable, Sendable, CaseIterable, Labelled {
    case complaint
    case keyWork = "key-work"
    case enforcement
    case emergency

    public var label: Phrase {
        switch self {
        case .complaint: Phrase("群众诉求", "complaints")
        case .keyWork: Phrase("重点工作", "key work")
        case .enforcement: Phrase("综合执法", "comprehensive enforcement")
        case .emergency: Phrase("应急处置", "emergency response")
        }
    }
}

/// 日常哨 / 攻坚哨 / 应急哨
public enum WhistleType: String, Codable, Sendable, CaseIterable, Labelled {
    case routine, tough, emergency

    public var label: Phrase {
        switch self {
        case .routine: Phrase("日常哨", "routine")
        case .tough: Phrase("攻坚哨", "tough")
        case .emergency: Phrase("应急哨", "emergency")
        }
    }

    public func reportWithin(_ table: WhistleReportTable) -> TimeSpan {
        switch self {
        case .routine: table.routine
        case .tough: table.tough
        case .emergency: table.emergency
        }
    }
}

/// A summoned department's answer to the whistle (报到).
public enum SummonsState: String, Codable, Sendable, CaseIterable, Labelled {
    case summoned
    case reportedIn = "reported-in"
    case acting, done
    /// Refused its duties: goes on the Art 44 list.
    case refused

    public var label: Phrase {
        switch self {
        case .summoned: Phrase("待报到", "summoned")
        case .reportedIn: Phrase("已报到", "reported in")
        case .acting: Phrase("处置中", "acting")
        case .done: Phrase("已完成", "done")
        case .refused: Phrase("拒不履职", "refused")
        }
    }
}
