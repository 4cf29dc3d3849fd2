import DeskCore
@testable import DeskUI
import Testing

/// Enter on a department's figures lists the cases behind them — the core query `report --cases`
/// runs — and Tab and Enter open each.
@Suite struct FigureCasesTests {
    @Test(arguments: Language.allCases)
    func aDepartmentsDetailListsAndOpensTheCasesBehindItsRates(_ language: Language) throws {
        let (app, backend) = Fixture.app(language)
        app.press(.char("5"))
        let view = try #require(app.view())
        let days = BoardKit.lastWeek(view)
        let rows = app.screen.items(view)
        // A department whose week has overdue cases.
        let index = try #require(rows.firstIndex { item in
            guard case .department(let id) = item else { return false }
            return !backend.state.cases(behind: .overdue, in: .department(id), days: days, at: Fixture.now).isEmpty
        })
        guard case .department(let id) = rows[index] else { return }
        let overdue = backend.state.cases(behind: .overdue, in: .department(id), days: days, at: Fixture.now)
        for _ in 0..<index { app.press(.char("j")) }
        app.press(.enter)
        let text = app.text(width: 160, height: 48)
        let label = view.t(DetailText.behindOverdue) + " \(overdue.count)"
        #expect(text.contains(label), "\(text)")
        #expect(text.contains(overdue.map(\.raw).joined(separator: " ")))
        // The first link is the first case behind the figure: Tab selects it, Enter opens it.
        app.press(.tab, .enter)
        #expect(app.text(width: 160, height: 48).contains(view.t(DetailText.caseTitle) + overdue[0].raw))
    }

    /// Over another period the detail lists that period's cases.
    @Test func theDetailReadsTheBoardsPeriod() throws {
        let (app, backend) = Fixture.app(.zh)
        app.press(.char("5"), .char("p"), .char("p"), .char("p"))
        let view = try #require(app.view())
        let month = ReportPeriod.month(containing: BoardKit.today(view)).days
        let ids = view.street.profile.departments.map(\.id)
        let id = try #require(ids.first { !backend.state.cases(behind: .overdue, in: .department($0), days: month, at: Fixture.now).isEmpty })
        let lines = DepartmentDetail.lines(view.street.departments[id]!, view).map(\.text)
        let overdue = backend.state.cases(behind: .overdue, in: .department(id), days: month, at: Fixture.now)
        #expect(lines.contains { $0.hasPrefix("逾期 \(overdue.count)") && $0.hasSuffix(overdue.map(\.raw).joined(separator: " ")) })
        #expect(lines.contains { $0.hasPrefix("三率 本月") })
    }
}

/// `F` on the Today board traces each of the day's figures to its cases.
@Suite struct StreetFigureCasesTests {
    @Test(arguments: Language.allCases)
    func theTodayBoardsFiguresListAndOpenTheirCases(_ language: Language) throws {
        let (app, backend) = Fixture.app(language)
        app.press(.char("6"), .char("F"))
        let view = try #require(app.view())
        let today = BoardKit.today(view)
        let counted = backend.state.figures(days: today...today, at: Fixture.now).cases
        let takenIn = backend.state.cases(behind: .takenIn, in: .street, days: today...today, at: Fixture.now)
        // The listing holds exactly the cases the board's figure counts.
        #expect(takenIn.count == Int(counted.takenIn) && !takenIn.isEmpty)
        #expect(backend.state.cases(behind: .closed, in: .street, days: today...today, at: Fixture.now).count == Int(counted.closed))
        let text = app.text(width: 200, height: 48)
        #expect(text.contains(view.t(DetailText.figure(.takenIn)) + " \(takenIn.count)"), "\(text)")
        #expect(text.contains(takenIn.prefix(5).map(\.raw).joined(separator: " ")))
        app.press(.tab, .enter)
        #expect(app.text(width: 200, height: 48).contains(view.t(DetailText.caseTitle) + takenIn[0].raw))
        app.press(.escape, .escape)
        #expect(app.screen.overlay.isNone && app.screen.board == .today)
    }

    /// A long list of links shows the part around the selected one and where it stands, not a
    /// screenful of ids above the figures.
    @Test func aLongListOfLinksShowsAWindowAroundTheSelection() throws {
        let (app, _) = Fixture.app(.en)
        let view = try #require(app.view())
        let links = (1...30).map { ItemRef.caseItem(CaseID(String(format: "C%04d", $0))) }
        let line = try #require(DetailLinks.line(links, selected: 19, view)).text
        #expect(line.contains("【C0020】") && line.contains("(20/30)") && line.hasSuffix("(20/30)"))
        #expect(!line.contains("C0001") && !line.contains("C0030"))
        #expect(line.components(separatedBy: "  ").filter { $0.contains("C00") }.count == DetailLinks.shownInLine)
        let unselected = try #require(DetailLinks.line(links, selected: nil, view)).text
        #expect(unselected.contains("C0001") && unselected.contains("(–/30)"))
    }
}
