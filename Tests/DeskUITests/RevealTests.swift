import DeskCore
@testable import DeskUI
import Foundation
import Testing

/// A complainant's number revealed at the desk is seen by the one who asked, in that view only.
@Suite struct RevealTests {
    /// The first open case with a phone number, and the number.
    func caseWithPhone(_ backend: MemoryBackend) throws -> (CaseID, String) {
        let item = try #require(backend.state.openCases().first { ($0.phone?.count ?? 0) >= 11 })
        return (item.id, item.phone!)
    }

    /// A supervisor's app on the fixture, a case with a full number, and `:reveal-phone` run on it.
    func revealed(reason: String?) throws -> (DeskApp, MemoryBackend, CaseID, String) {
        let (app, backend) = Fixture.app()
        backend.operatorName = "赵建国"
        let (id, phone) = try caseWithPhone(backend)
        app.press(.char(":"))
        app.type("reveal-phone \(id.raw)" + (reason.map { " --reason \($0)" } ?? ""))
        app.press(.enter)
        return (app, backend, id, phone)
    }

    @Test func aRevealShowsTheNumberInThatDetailOnlyUntilItCloses() throws {
        let (app, backend, id, phone) = try revealed(reason: "回访核实")
        #expect(backend.written.last.map { if case .phoneRevealed = $0.event { true } else { false } } == true)
        // The reveal opens the case's detail, and the number shows there in full.
        #expect(app.text(width: 120, height: 40).contains(phone))
        // Another console on the same journal never shows it.
        let other = DeskApp(backend: backend, language: .zh, theme: app.theme, clock: { Fixture.now })
        let item = try #require(backend.state.cases[id])
        #expect(other.view()?.phone(of: item) == PhoneNumber.masked(phone))
        // Closed, the detail forgets it: opened again, the number is masked.
        app.press(.escape)
        #expect(app.screen.revealedPhone == nil)
        #expect(!app.text(width: 120, height: 40).contains(phone))
    }

    @Test func aRevealNeedsAReason() throws {
        let (app, backend, _, phone) = try revealed(reason: nil)
        #expect(backend.written.isEmpty)
        #expect(!app.text(width: 120, height: 40).contains(phone))
    }

    @Test func anotherOfficerSigningOnDoesNotSeeIt() throws {
        let (app, _, _, phone) = try revealed(reason: "回访核实")
        #expect(app.text(width: 120, height: 40).contains(phone))
        app.press(.escape, .char("O"), .enter)
        #expect(app.screen.revealedPhone == nil)
    }
}
