import DeskCore
@testable import DeskUI
import Testing

/// Wide terminals use their width: the complaints board adds columns at 120 and at 200, and the
/// summary takes what is left.
@Suite struct WideBoardTests {
    func header(_ app: DeskApp, width: Int) -> String {
        app.render(width: width, height: 30).rows()[2]
    }

    @Test(arguments: Language.allCases)
    func complaintsShowDepartmentsAndLimitFrom120(_ language: Language) throws {
        let (app, backend) = Fixture.app(language)
        let view = try #require(app.view())
        let departments = view.t(BoardText.department), limit = view.t(BoardText.limitColumn)
        let urged = view.t(BoardText.urgedColumn), last = view.t(BoardText.lastActionColumn)
        #expect(!header(app, width: 110).contains(departments) && !header(app, width: 110).contains(limit))
        #expect(header(app, width: 120).contains(departments) && header(app, width: 120).contains(limit))
        #expect(!header(app, width: 120).contains(urged) && !header(app, width: 120).contains(last))
        #expect(header(app, width: 200).contains(urged) && header(app, width: 200).contains(last))
        // A routed, urged case shows its department, class, urge count and its latest entry.
        let item = try #require(backend.state.openCases().first { $0.urgeCount > 0 && !$0.departments.isEmpty })
        app.press(.char("/"))
        app.type(item.id.raw)
        app.press(.enter)
        let row = try #require(app.render(width: 200, height: 30).rows().first { $0.hasPrefix(item.id.raw) })
        #expect(row.contains(BoardKit.shortName(item.departments[0], view)))
        #expect(row.contains(view.t(item.timeLimit)))
        #expect(row.contains("×\(item.urgeCount)"))
        let latest = try #require(backend.entries([item.entries.last!]).first)
        #expect(row.contains(view.when(latest.at) + " " + String(EventText.describe(latest.event, view).prefix(4))), "\(row)")
    }

    /// The summary gets the rest: a wider terminal shows more of it, never less.
    @Test func theSummaryTakesTheRest() throws {
        let (app, _) = Fixture.app(.zh)
        let table = ComplaintsBoard().table(try #require(app.view()), width: 120)
        #expect(table.widths(120).last! >= 30)
        let full = ComplaintsBoard().table(try #require(app.view()), width: 200)
        #expect(full.widths(200).last! >= 40)
    }
}
