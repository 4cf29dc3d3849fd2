import Foundation

/// How a period's figures can be sliced: each case is in exactly one slice of each, but a case
/// routed to several departments counts in each of them, a case tagged with several themes
/// in each of them, and an untagged case in no theme: department and tag slices need not sum
/// to the street.
public enum Slice: String, Sendable, CaseIterable, Labelled {
    case department, community, grid, category, source, type, tag

    public var label: Phrase {
        switch self {
        case .department: Phrase("部门", "department")
        case .community: Phrase("社区", "community")
        case .grid: Phrase("网格", "grid")
        case .category: Phrase("类别", "category")
        case .source: Phrase("来源", "source")
        case .type: Phrase("类型", "type")
        case .tag: Phrase("主题", "theme")
        }
    }
}

/// The figures of one scope (the street, or one slice of it) over a run of street days, read
/// from the per-day ledgers: as many reads as days, whatever the history behind them.
public struct ScopeFigures: Sendable {
    public let scope: RateScope
    /// Taken in (of which proactive), resolved and closed.
    public let cases: CaseTally
    public let rates: RateFigures
    /// The hotline centre's own three rates for the scope's cases (its call-backs, 回访).
    public let official: RateFigures
    /// nil unless every weighted rate has cases (`RateFigures.composite`).
    public let composite: Double?
    /// The street's or a department's answers to whistles blown in the period; nil for other
    /// scopes and when none was summoned.
    public let whistles: WhistleRecordFigures?
    /// Art 45: the mean rating and count given in the period, for the street or a utility.
    public let rating: (mean: Double, count: Int)?

    /// Nothing to show: no case, no whistle, no rating in the period.
    public var isEmpty: Bool {
        cases.takenIn + cases.resolved + cases.closed == 0 && rates.due + rates.calledBack + official.calledBack == 0
            && (whistles?.summoned ?? 0) == 0 && rating == nil
    }
}

extension DeskState {
    /// The scopes of a slice, in profile order (categories in tree order).
    public func scopes(_ slice: Slice) -> [RateScope] {
        guard let street else { return [] }
        switch slice {
        case .department: return street.profile.departments.map { .department($0.id) }
        case .community: return street.profile.communities.map { .community($0.code) }
        case .grid: return street.gridsInOrder.map { .grid($0.code) }
        case .category: return street.categoryOrder.map { .category($0) }
        case .source: return CaseSource.allCases.map { .source($0) }
        case .type: return RequestType.allCases.map { .type($0) }
        case .tag: return street.themes.map { .theme($0.id) }
        }
    }

    /// The slices of `slice` with anything to show over `days`, as they stand at `now`.
    public func figures(by slice: Slice, days: ClosedRange<StreetDay>, at now: Date) -> [ScopeFigures] {
        scopes(slice).map { figures($0, days: days, at: now) }.filter { !$0.isEmpty }
    }

    /// One scope's figures over `days` as they stand at `now`.
    public func figures(_ scope: RateScope, days: ClosedRange<StreetDay>, at now: Date) -> ScopeFigures {
        let weights = street?.profile.rateWeights ?? RateWeights(response: 1, resolution: 1, satisfaction: 1)
        let slot = street?.slot(scope)
        let rates = rates(scope, days: days, at: now)
        // Whistles and ratings are the street's and each department's.
        let department: DepartmentID?? = switch scope {
        case .street: .some(nil)
        case .department(let id): .some(id)
        default: nil
        }
        let whistles = department.map { whistleRecord($0, days: days, at: now) }.flatMap { $0.summoned > 0 ? $0 : nil }
        let ratings = department != nil ? slot.map { ratingLedger.sum($0, days) } : nil
        let rating = ratings.flatMap { $0.count > 0 ? (mean: Double($0.sum) / Double($0.count), count: Int($0.count)) : nil }
        return ScopeFigures(scope: scope, cases: slot.map { caseLedger.sum($0, days) } ?? CaseTally(), rates: rates,
                            official: officialRates(scope, days: days), composite: rates.composite(weights), whistles: whistles, rating: rating)
    }
}
