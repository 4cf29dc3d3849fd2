import Foundation

/// The hotline centre's call-back on a case, as last recorded (`case.evaluated`).
public struct OfficialCallBack: Sendable, Equatable {
    public let result: CaseEvaluated
    public let at: Date
}

/// One of the three rates (三率, Art 43).
public enum RateKind: String, Sendable, CaseIterable, Labelled {
    case response, resolution, satisfaction

    public var label: Phrase {
        switch self {
        case .response: Phrase("响应", "response")
        case .resolution: Phrase("解决", "resolution")
        case .satisfaction: Phrase("满意", "satisfaction")
        }
    }
}

/// A case on which the centre's call-back and the street's own figures disagree.
public struct RateDisagreement: Sendable, Equatable {
    public let id: CaseID
    /// The rates they disagree on, in rate order.
    public let rates: [RateKind]
}

extension Case {
    /// The rates on which the centre's call-back disagrees with the street's own: responded on
    /// time by the street's clock against the centre's "responded"; the street's counted call-back
    /// against the centre's "solved" and satisfaction (only when the street called back too).
    public func disagreement(_ rule: CallbackRule) -> RateDisagreement? {
        guard let official = evaluation?.result else { return nil }
        var rates = [RateKind]()
        if official.responded != respondedOnTime { rates.append(.response) }
        if let own = countedCallback(rule) {
            if own.solved != official.solved { rates.append(.resolution) }
            if own.satisfaction.counts != official.satisfaction.counts { rates.append(.satisfaction) }
        }
        return rates.isEmpty ? nil : RateDisagreement(id: id, rates: rates)
    }
}
