import Foundation

/// A department's answers to the street's whistles (一哨一考核, Art 44).
public struct WhistleRecordFigures: Sendable, Equatable {
    public var summoned = 0
    public var onTime = 0
    public var late = 0
    public var refused = 0
    public var pending = 0

    public init() {}
}

extension DeskState {
    /// Every department's whistle record over whistles blown in `range`, as of `now`.
    public func whistleRecords(in range: Range<Date>, at now: Date) -> [DepartmentID: WhistleRecordFigures] {
        var records = [DepartmentID: WhistleRecordFigures]()
        for whistle in whistles.values where range.contains(whistle.blownAt) {
            for summons in whistle.summons {
                var figures = records[summons.department, default: WhistleRecordFigures()]
                figures.summoned += 1
                switch summons.record(at: now) {
                case .onTime: figures.onTime += 1
                case .late: figures.late += 1
                case .refused: figures.refused += 1
                case .pending: figures.pending += 1
                }
                records[summons.department] = figures
            }
        }
        return records
    }

    /// Art 45: the mean rating and count per utility, over ratings given in `range`.
    public func utilityRatings(in range: Range<Date>) -> [DepartmentID: (mean: Double, count: Int)] {
        var sums = [DepartmentID: (Int, Int)]()
        for rating in ratings where range.contains(rating.at) {
            let (sum, count) = sums[rating.department, default: (0, 0)]
            sums[rating.department] = (sum + rating.score, count + 1)
        }
        return sums.mapValues { (Double($0.0) / Double($0.1), $0.1) }
    }
}
