import DeskCore
@testable import DeskUI
import Foundation
import Testing

/// The `:` palette names a case by the 12345 order it came from, as `streetdesk do` does.
@Suite struct OrderPaletteTests {
    @Test func thePaletteTakesACaseByItsOrderNumber() throws {
        let (app, backend) = Fixture.app(.en)
        let order = HotlineOrder(number: "2026112799001", receivedAt: Fixture.now, dispatchedAt: Fixture.now, type: .complaint,
                                 categoryText: "垃圾", address: "槐荫里3号楼", summary: "垃圾无人清运", phone: nil,
                                 respondBy: Fixture.now + .hours(12), resolveBy: Fixture.now + .days(7), urgency: nil)
        _ = try backend.perform(.order(order), at: Fixture.now)
        let id = try #require(backend.state.orders["2026112799001"])
        app.press(.char(":"))
        app.type("contact order:2026112799001")
        app.press(.enter)
        #expect(backend.state.cases[id]?.contactedAt != nil)
        app.press(.char(":"))
        app.type("contact order:1999")
        app.press(.enter)
        #expect(app.text(width: 120, height: 40).contains("no case order:1999"))
    }
}
