import DeskCore
@testable import DeskUI
import Testing

/// The Departments board's period picker: the kinds `p` steps through, `[` and `]` moving the
/// period, and the board's figures read over the period picked.
@Suite struct PeriodPickTests {
    static let today = CivilDate(year: 2026, month: 11, day: 27).streetDay  // a Friday

    @Test func eachKindCoversItsDays() {
        var pick = PeriodPick()
        #expect(pick.period(today: Self.today).days == Self.today - 6...Self.today)
        pick.nextKind()
        #expect(pick.period(today: Self.today).days == Self.today...Self.today)
        pick.nextKind()
        #expect(pick.period(today: Self.today).label == "2026-W48 (2026-11-23 – 11-29)")
        pick.nextKind()
        #expect(pick.period(today: Self.today).label == "2026-11")
        pick.earlier()
        #expect(pick.period(today: Self.today).label == "2026-10" && pick.label(today: Self.today, .zh) == "2026-10")
        pick.later()
        pick.later()  // never into the future
        #expect(pick.back == 0 && pick.label(today: Self.today, .zh) == "本月")
        pick.nextKind()
        #expect(pick.kind == .lastSevenDays)
    }

    @Test func aDayStepsBackToAnyDate() {
        var pick = PeriodPick()
        pick.nextKind()
        for _ in 0..<30 { pick.earlier() }
        #expect(pick.label(today: Self.today, .en) == "2026-10-28")
        #expect(PeriodPick.Kind.allCases.allSatisfy { !$0.label.zh.isEmpty && !$0.label.en.isEmpty })
    }

    /// The street's row reads the period picked: today's response rate after `p`, yesterday's after `[`.
    @Test(arguments: Language.allCases)
    func theBoardReadsThePeriodPicked(_ language: Language) throws {
        let (app, backend) = Fixture.app(language)
        app.press(.char("5"), .char("p"))
        let view = try #require(app.view())
        let today = backend.state.street!.calendar.day(Fixture.now)
        func streetRow() -> String { app.text(width: 80, height: 24).split(separator: "\n").map(String.init)[3] }
        let response = BoardKit.percent(backend.state.rates(.street, days: today...today, at: Fixture.now).response)
        #expect(streetRow().contains(response), "\(streetRow())")
        #expect(app.text().contains(view.t(BoardText.periodToday) + "   "))
        app.press(.char("["))
        let yesterday = backend.state.rates(.street, days: today - 1...today - 1, at: Fixture.now)
        #expect(streetRow().contains(BoardKit.percent(yesterday.satisfaction) + "  " + BoardKit.score(yesterday.composite(backend.state.street!.profile.rateWeights))), "\(streetRow())")
        #expect(app.text().contains("2026-11-26"))
    }
}
