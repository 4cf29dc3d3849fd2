import DeskCore
@testable import DeskUI
import Testing

/// The dispatch board's units are rows: selected with j/k, stepped on with `n` (no form), and the
/// unit-status form opens on the selected unit's next status.
@Suite struct DispatchUnitTests {
    /// The first open dispatch with a unit that is not yet cleared, and that unit's row.
    func firstMovingUnit(_ backend: MemoryBackend) throws -> (Dispatch, Dispatch.Unit) {
        let dispatch = try #require(backend.state.openDispatches().first { $0.units.contains { $0.status != .cleared } })
        return (dispatch, try #require(dispatch.units.first { $0.status != .cleared }))
    }

    func selectRow(of unit: Dispatch.Unit, in dispatch: Dispatch, _ app: DeskApp) throws {
        app.press(.char("4"), .char("g"))
        for _ in 0..<40 where app.screen.selectedItem(try #require(app.view())) != .unit(dispatch.id, unit.department) {
            app.press(.char("j"))
        }
        #expect(app.screen.selectedItem(try #require(app.view())) == .unit(dispatch.id, unit.department))
    }

    @Test func unitsAreRowsTheCursorVisits() throws {
        let (app, backend) = Fixture.app(.zh)
        let (dispatch, unit) = try firstMovingUnit(backend)
        try selectRow(of: unit, in: dispatch, app)
        let name = BoardKit.departmentName(unit.department, try #require(app.view()), width: 80)
        let selectedRow = GoldenScreenTests.roles(app.render(width: 80, height: 24)).split(separator: "\n")
            .dropFirst().map(String.init)
        let textRows = app.render(width: 80, height: 24).rows()
        let row = try #require(textRows.firstIndex { $0.contains(name) && $0.contains(app.view()!.t(unit.status)) })
        #expect(selectedRow[row].contains("SSSSSSSSSS"), "the unit's row is drawn selected")
        app.press(.enter)
        guard case .detail(.unit(dispatch.id, _), _)? = app.screen.overlay else {
            Issue.record("Enter on a unit opens its dispatch")
            return
        }
        #expect(app.text().contains(dispatch.id.raw))
    }

    @Test func nStepsTheSelectedUnitOnWithoutAForm() throws {
        let (app, backend) = Fixture.app(.zh)
        let (dispatch, unit) = try firstMovingUnit(backend)
        try selectRow(of: unit, in: dispatch, app)
        let next = try #require(unit.status.next)
        app.press(.char("n"))
        guard case .unitStatusChanged(let changed)? = backend.written.last?.event else {
            Issue.record("n wrote no unit status: \(app.screen.status.map { "\($0)" } ?? "")")
            return
        }
        #expect(changed.id == dispatch.id && changed.department == unit.department && changed.status == next)
        #expect(app.screen.overlay == nil)
        #expect(app.screen.selectedItem(try #require(app.view())) == .unit(dispatch.id, unit.department))
    }

    @Test func nOnADispatchRowSaysToPickAUnit() {
        let (app, backend) = Fixture.app(.en)
        app.press(.char("4"), .char("g"), .char("n"))
        #expect(backend.written.isEmpty)
        #expect(app.text().contains("select a unit's row"))
    }

    @Test func theUnitStatusFormOpensOnTheNextStatus() throws {
        let (app, backend) = Fixture.app(.zh)
        let (dispatch, unit) = try firstMovingUnit(backend)
        try selectRow(of: unit, in: dispatch, app)
        app.press(.char("s"))
        guard case .form(let form)? = app.screen.overlay else {
            Issue.record("s opens the unit-status form")
            return
        }
        #expect(form.fields.map(\.input.text) == [dispatch.id.raw, unit.department.raw, unit.status.next!.rawValue])
    }

    @Test func theStepsRunDispatchedToCleared() {
        #expect(UnitStatus.dispatched.next == .enRoute)
        #expect(UnitStatus.enRoute.next == .onScene)
        #expect(UnitStatus.onScene.next == .cleared)
        #expect(UnitStatus.cleared.next == nil)
    }
}
