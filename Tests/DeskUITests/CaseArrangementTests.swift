import DeskCore
@testable import DeskUI
import Testing

/// `S` and `V` on the complaints board over the demo street: each order checked against the
/// cases' own fields, the current one named on the tabs row.
@Suite struct CaseArrangementTests {
    func shown(_ app: DeskApp) -> [Case] {
        let view = app.view()!
        return app.screen.items(view).compactMap { item in
            guard case .caseItem(let id) = item else { return nil }
            return view.state.cases[id]
        }
    }

    @Test func sStepsThroughTheOrdersAndEachHolds() {
        let (app, backend) = Fixture.app()
        let byDeadline = shown(app)
        #expect(byDeadline.map(\.id) == backend.state.queue.entries.map(\.id))
        #expect(app.text().split(separator: "\n")[1].contains("按期限"))
        app.press(.char("j"), .char("S"))
        #expect(app.screen.selection == 0)
        let byAge = shown(app)
        #expect(byAge.map(\.ordinal) == byDeadline.map(\.ordinal).sorted())
        #expect(app.text().split(separator: "\n")[1].contains("按受理先后"))
        app.press(.char("S"))
        #expect(shown(app).map(\.grid.digits) == byDeadline.map(\.grid.digits).sorted())
        app.press(.char("S"))
        let profile = backend.state.street!.profile.departments.map(\.id)
        let places = shown(app).map { $0.departments.first.flatMap { profile.firstIndex(of: $0) } ?? .max }
        #expect(places == places.sorted() && Set(places).count > 2)
        app.press(.char("S"))
        #expect(shown(app).map(\.id) == byDeadline.map(\.id))
    }

    @Test func vGroupsAndSortsWithinEachGroup() {
        let (app, backend) = Fixture.app()
        app.press(.char("V"), .char("V"))  // by community
        let street = backend.state.street!
        let communities = street.profile.communities.map(\.code)
        let cases = shown(app)
        let places = cases.map { communities.firstIndex(of: street.grids[$0.grid]!.community)! }
        #expect(places == places.sorted() && Set(places).count > 2)
        // Inside a group, the deadline order still holds.
        let first = cases.filter { communities.firstIndex(of: street.grids[$0.grid]!.community)! == places[0] }
        #expect(first.map(\.id) == backend.state.queue.entries.map(\.id).filter { id in first.contains { $0.id == id } })
        let text = app.text(width: 120, height: 40)
        #expect(text.contains("社区分组"))
        #expect(text.contains(street.communities[street.grids[cases[0].grid]!.community]!.name))
        app.press(.char("V"))  // by urgency
        let classes = shown(app).map { TimeLimitClass.allCases.firstIndex(of: $0.timeLimit)! }
        #expect(classes == classes.sorted())
    }

    @Test func theArrangementKeysAreInTheHelpOfTheComplaintsBoardOnly() {
        #expect(Keymap.help(for: .complaints).contains { $0.command == .nextSort })
        #expect(Keymap.command(for: .char("V"), on: .complaints) == .nextGrouping)
        #expect(Keymap.command(for: .char("S"), on: .today) == nil)
    }
}
