import DeskCore
@testable import DeskUI
import Testing

@Suite struct MapNavigationTests {
    /// ↑/↓ on the map go to the tile above or below, in the filtered list too.
    @Test func upAndDownFollowTheTiles() throws {
        let (app, backend) = Fixture.app()
        let street = try #require(backend.state.street)
        func selectedGrid() -> Grid? {
            guard case .grid(let code)? = app.screen.selectedItem(view(app, backend)) else { return nil }
            return street.grids[code]
        }
        app.press(.char("1"))
        let start = try #require(selectedGrid())
        app.press(.char("j"))
        let below = try #require(selectedGrid())
        #expect(below.row > start.row)
        app.press(.char("k"))
        #expect(selectedGrid()?.code == start.code)
        app.press(.char("/"))
        app.type("海棠")
        app.press(.enter, .char("j"))
        let filtered = try #require(selectedGrid())
        #expect(filtered.name.hasPrefix("海棠"))
        #expect(filtered.row > street.profile.grids.filter { $0.name.hasPrefix("海棠") }.map(\.row).min()!)
    }

    func view(_ app: DeskApp, _ backend: MemoryBackend) -> FrameContext {
        FrameContext(state: backend.state, street: backend.state.street!, now: Fixture.now, language: .zh,
                 operatorName: "测试员", journalPath: "")
    }
}
