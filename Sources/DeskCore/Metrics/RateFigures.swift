import Foundation

/// 三率 (DESIGN.md §2.5, Art 43): response, resolution and satisfaction, with the counts
/// behind them so that a figure can always be checked by hand.
public struct RateFigures: Sendable, Equatable {
    /// Cases whose respond-by deadline fell due in the range.
    public var due = 0
    public var respondedOnTime = 0
    public var calledBack = 0
    public var solved = 0
    /// 满意 + 基本满意
    public var satisfied = 0

    /// 响应率; nil when nothing was due.
    public var response: Double? { ratio(respondedOnTime, due) }
    /// 解决率
    public var resolution: Double? { ratio(solved, calledBack) }
    /// 满意率
    public var satisfaction: Double? { ratio(satisfied, calledBack) }

    /// The weighted composite, over the rates that exist.
    public func composite(_ weights: RateWeights) -> Double? {
        let parts = [(response, weights.response), (resolution, weights.resolution), (satisfaction, weights.satisfaction)]
            .compactMap { rate, weight in rate.map { ($0, weight) } }
        let total = parts.map(\.1).reduce(0, +)
        guard total > 0 else { return nil }
        return parts.map { $0.0 * $0.1 }.reduce(0, +) / total
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }
}

/// What the figures are computed over.
public enum RateScope: Sendable, Equatable {
    case street
    case department(DepartmentID)
    case grid(GridCode)
    case community(String)

    func contains(_ item: Case) -> Bool {
        switch self {
        case .street: true
        case .department(let id): item.departments.contains(id)
        case .grid(let code): item.grid == code
        case .community(let code): item.grid.community == code
        }
    }
}

extension DeskState {
    /// The three rates for `scope` over `range`, as they stand at `now`. Returned and merged
    /// cases are not the street's and do not count.
    public func rates(_ scope: RateScope, in range: Range<Date>, at now: Date) -> RateFigures {
        var figures = RateFigures()
        for item in cases.values where item.status != .returned && item.status != .merged && scope.contains(item) {
            if range.contains(item.respondBy), item.respondBy <= now || item.contactedAt != nil {
                figures.due += 1
                if item.respondedOnTime { figures.respondedOnTime += 1 }
            }
            if let callback = item.callback, let at = item.callbackAt, range.contains(at) {
                figures.calledBack += 1
                if callback.solved { figures.solved += 1 }
                if callback.satisfaction.counts { figures.satisfied += 1 }
            }
        }
        return figures
    }
}
