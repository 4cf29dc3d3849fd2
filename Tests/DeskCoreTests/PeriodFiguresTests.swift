@testable import DeskCore
import Foundation
import Testing

/// The figures of any period and slice: sums of their days, slices that add up to the street,
/// the cases behind each figure, and a hand-built fortnight computed by hand.
@Suite struct PeriodFiguresTests {
    static let state = DeskState(replaying: ReplayTests.demo.recorded())
    static let today = state.street!.calendar.day(ReplayTests.now)
    static let week = (today - 6)...today
    /// Every slice that puts each case in exactly one scope (a case can go to several departments).
    static let partitions: [Slice] = [.community, .grid, .category, .source, .type]

    static func counts(_ f: ScopeFigures) -> [Int] {
        [Int(f.cases.takenIn), Int(f.cases.proactive), Int(f.cases.resolved), Int(f.cases.closed),
         f.rates.due, f.rates.respondedOnTime, f.rates.calledBack, f.rates.solved, f.rates.satisfied]
    }

    static func sum(_ a: [Int], _ b: [Int]) -> [Int] { zip(a, b).map(+) }

    @Test(arguments: Slice.allCases)
    func aPeriodIsTheSumOfItsDays(_ slice: Slice) {
        for scope in [.street] + Self.state.scopes(slice) {
            let whole = Self.counts(Self.state.figures(scope, days: Self.week, at: ReplayTests.now))
            let days = Self.week.map { Self.counts(Self.state.figures(scope, days: $0...$0, at: ReplayTests.now)) }
            #expect(days.reduce(Array(repeating: 0, count: whole.count), Self.sum) == whole, "\(scope)")
        }
    }

    @Test(arguments: partitions)
    func slicesAddUpToTheStreet(_ slice: Slice) {
        let street = Self.counts(Self.state.figures(.street, days: Self.week, at: ReplayTests.now))
        let slices = Self.state.figures(by: slice, days: Self.week, at: ReplayTests.now).map(Self.counts)
        #expect(street[0] > 0)
        #expect(slices.reduce(Array(repeating: 0, count: street.count), Self.sum) == street)
    }

    @Test(arguments: CaseFigure.allCases)
    func theCasesBehindAFigureAreAsManyAsItCounts(_ figure: CaseFigure) {
        for scope in [.street, .community("001"), .department("sanitation"), .source(.hotline), .category("env.garbage")] as [RateScope] {
            for at in [ReplayTests.now, ReplayTests.now.addingTimeInterval(-20 * 3600)] {
                let f = Self.state.figures(scope, days: Self.week, at: at)
                let expected: Int = switch figure {
                case .takenIn: Int(f.cases.takenIn)
                case .proactive: Int(f.cases.proactive)
                case .resolved: Int(f.cases.resolved)
                case .closed: Int(f.cases.closed)
                case .due: f.rates.due
                case .onTime: f.rates.respondedOnTime
                case .overdue: f.rates.overdue
                case .calledBack: f.rates.calledBack
                case .solved: f.rates.solved
                case .satisfied: f.rates.satisfied
                }
                #expect(Self.state.cases(behind: figure, in: scope, days: Self.week, at: at).count == expected, "\(scope) at \(at)")
            }
        }
    }

    /// One case in November, two in December: the figures by hand.
    @Test func aHandBuiltFortnight() throws {
        var desk = Desk()
        let calendar = desk.state.street!.calendar
        let november = calendar.day(desk.now)
        let a = try desk.intake()
        desk.advance(.hours(1))
        try desk.action("contact", a.raw, ["note": ["已联系"]])
        desk.advance(.days(14))
        let december = calendar.day(desk.now)
        let b = try desk.intake()
        desk.advance(.minutes(30))
        try desk.action("route", b.raw, ["outcome": ["transfer"], "department": ["sanitation"]])
        try desk.action("contact", b.raw, ["note": ["已联系"]])
        try desk.action("resolve", b.raw, ["note": ["已清运"]])
        try desk.action("feedback", b.raw, ["note": ["已告知结果"]])
        try desk.action("callback", b.raw, ["solved": ["yes"], "satisfaction": ["satisfied"]])
        let c = try desk.intake(category: "utilities.no-water", summary: "停水")
        desk.advance(.days(3))
        let now = desk.now
        let state = desk.state
        let first = state.figures(.street, days: november...november + 1, at: now)
        #expect(Self.counts(first) == [1, 0, 0, 0, 1, 1, 0, 0, 0])
        let second = state.figures(.street, days: december...december + 3, at: now)
        #expect(Self.counts(second) == [2, 0, 1, 0, 2, 1, 1, 1, 1])
        #expect(second.rates.overdue == 1 && second.rates.response == 0.5 && second.rates.resolution == 1)
        #expect(state.cases(behind: .overdue, in: .street, days: december...december + 3, at: now) == [c])
        // B falls due (respond-by, 24 h) the next day; C (utilities, 2 h) the same evening.
        let garbage = state.figures(.category("env.garbage"), days: december...december, at: now)
        let water = state.figures(.category("utilities.no-water"), days: december...december, at: now)
        #expect(Self.counts(garbage) == [1, 0, 1, 0, 0, 0, 1, 1, 1] && Self.counts(water) == [1, 0, 0, 0, 1, 0, 0, 0, 0])
        #expect(Self.counts(state.figures(.department("sanitation"), days: december...december + 1, at: now)) == [1, 0, 1, 0, 1, 1, 1, 1, 1])
        #expect(state.figures(by: .category, days: december...december, at: now).map(\.scope)
            == [.category("env.garbage"), .category("utilities.no-water")])
        #expect(state.figures(by: .category, days: november...november, at: now).map(\.scope) == [.category("env.garbage")])
    }

    @Test func aCorrectedCategoryMovesTheCaseToItsSlice() throws {
        var desk = Desk()
        let id = try desk.intake()
        let today = desk.state.street!.calendar.day(desk.now)
        try desk.perform(.recategorize(id, category: "utilities.no-water", reason: "实为停水"))
        #expect(desk.state.figures(.category("env.garbage"), days: today...today, at: desk.now).cases.takenIn == 0)
        #expect(desk.state.figures(.category("utilities.no-water"), days: today...today, at: desk.now).cases.takenIn == 1)
    }
}
