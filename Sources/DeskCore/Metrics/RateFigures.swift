import Foundation

/// 三率 (Art 43): response, resolution and satisfaction, with the counts
/// behind them so that a figure can always be checked by hand.
public struct RateFigures: Sendable, Equatable {
    public init(due: Int = 0, respondedOnTime: Int = 0, calledBack: Int = 0, solved: Int = 0, satisfied: Int = 0) {
        self.due = due
        self.respondedOnTime = respondedOnTime
        self.calledBack = calledBack
        self.solved = solved
        self.satisfied = satisfied
    }

    /// Cases whose respond-by deadline fell due in the range.
    public var due = 0
    public var respondedOnTime = 0
    public var calledBack = 0
    public var solved = 0
    /// 满意 + 基本满意
    public var satisfied = 0

    /// Overdue: requests due whose complainant was not contacted by the respond-by deadline,
    /// late or not yet.
    public var overdue: Int { due - respondedOnTime }

    /// 响应率 over requests (the street's own proactive cases are counted apart); nil when
    /// nothing was due.
    public var response: Double? { ratio(respondedOnTime, due) }
    /// 解决率
    public var resolution: Double? { ratio(solved, calledBack) }
    /// 满意率
    public var satisfaction: Double? { ratio(satisfied, calledBack) }

    /// The weighted composite; nil unless every rate with a weight has cases to count, so
    /// that a gap is never filled in (one response and nothing else is not a score of 100).
    public func composite(_ weights: RateWeights) -> Double? {
        let parts = [(response, weights.response), (resolution, weights.resolution), (satisfaction, weights.satisfaction)]
            .filter { $0.1 > 0 }
        guard !parts.isEmpty, parts.allSatisfy({ $0.0 != nil }) else { return nil }
        return parts.map { $0.0! * $0.1 }.reduce(0, +) / parts.map(\.1).reduce(0, +)
    }

    private func ratio(_ part: Int, _ whole: Int) -> Double? { whole == 0 ? nil : Double(part) / Double(whole) }

    /// `87%`, or `—` when there was nothing to count; halves round up (12.5% is 13%), the same
    /// on every board and in every report.
    public static func percent(_ rate: Double?) -> String { rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// A composite as a score out of 100 with one decimal (`88.9`), or `—`.
    public static func score(_ composite: Double?) -> String { composite.map { String(format: "%.1f", $0 * 100) } ?? "—" }
}

/// What the figures are computed over.
public enum RateScope: Sendable, Equatable {
    case street
    case department(DepartmentID)
    case grid(GridCode)
    case community(String)
    case category(CategoryID)
    case source(CaseSource)
    case type(RequestType)
    /// The cases tagged with a theme (主题).
    case theme(ThemeID)

    func contains(_ item: Case) -> Bool {
        switch self {
        case .street: true
        case .department(let id): item.departments.contains(id)
        case .grid(let code): item.grid == code
        case .community(let code): item.grid.community == code
        case .category(let id): item.category == id
        case .source(let source): item.source == source
        case .type(let type): item.type == type
        case .theme(let id): item.tags.contains(id)
        }
    }
}

extension DeskState {
    /// The three rates for `scope` over the street days `range` touches, as they stand at
    /// `now`. Returned and merged cases are not the street's and do not count. Read from the
    /// per-day ledger: as many reads as days, plus the few cases not yet contacted whose
    /// respond-by falls on or after today.
    public func rates(_ scope: RateScope, in range: Range<Date>, at now: Date) -> RateFigures {
        guard let days = street?.calendar.days(range) else { return RateFigures() }
        return rates(scope, days: days, at: now)
    }

    public func rates(_ scope: RateScope, days: ClosedRange<StreetDay>, at now: Date) -> RateFigures {
        guard let street, let slot = street.slot(scope) else { return RateFigures() }
        let today = street.calendar.day(now)
        let tally = caseLedger.sum(slot, days)
        var figures = RateFigures(due: Int(tally.due - tally.dueUncontacted), respondedOnTime: Int(tally.respondedOnTime),
                                  calledBack: Int(tally.calledBack), solved: Int(tally.solved), satisfied: Int(tally.satisfied))
        // Before today every respond-by has passed: the uncontacted count as due, unanswered.
        if days.lowerBound < today {
            figures.due += Int(caseLedger.sum(slot, days.lowerBound...min(days.upperBound, today - 1)).dueUncontacted)
        }
        // From today on, only those whose respond-by has passed.
        if days.upperBound >= today {
            let later = max(days.lowerBound, today)...days.upperBound
            for (day, ids) in uncontacted where later.contains(day) {
                figures.due += ids.count { id in cases[id].map { $0.respondBy <= now && scope.contains($0) } ?? false }
            }
        }
        return figures
    }
}

extension DeskState {
    /// The hotline centre's three rates for `scope` over `days`, by the day of its call-back:
    /// of the cases it called back, how many it found responded, solved and satisfied.
    /// Counted as the street's own are (`countsInRates`), so that the two stand side by side.
    public func officialRates(_ scope: RateScope, days: ClosedRange<StreetDay>) -> RateFigures {
        guard let street, let slot = street.slot(scope) else { return RateFigures() }
        let tally = officialLedger.sum(slot, days)
        return RateFigures(due: Int(tally.evaluated), respondedOnTime: Int(tally.responded),
                           calledBack: Int(tally.evaluated), solved: Int(tally.solved), satisfied: Int(tally.satisfied))
    }

    /// The cases in `scope` the centre called back during `days` on which its result and the
    /// street's own figures disagree, in intake order.
    public func disagreements(_ scope: RateScope, days: ClosedRange<StreetDay>) -> [RateDisagreement] {
        guard let street else { return [] }
        let evaluated = evaluatedByDay.filter { days.contains($0.key) }.values.flatMap { $0 }
        return evaluated.compactMap { id in cases[id] }
            .filter { $0.countsInRates && scope.contains($0) }
            .sorted { $0.ordinal < $1.ordinal }
            .compactMap { $0.disagreement(street.callbackRule) }
    }
}
