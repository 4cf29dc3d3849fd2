import DeskCore
@testable import DeskUI
import Foundation
import Testing

/// Sign-on with a credential: the officer picked gives their PIN, shown as dots; wrong guesses
/// hold the console a while.
@Suite struct SignOnTests {
    @Test func aPickedOfficerSignsOnOnlyWithTheirPIN() throws {
        let (app, backend) = Fixture.app(.en)
        backend.operatorName = ""
        app.signOn()
        app.press(.enter)
        #expect(app.text().contains("Sign on: 李明's PIN"))
        app.type("1357")
        #expect(app.text().contains("> ••••") && !app.text().contains("1357"))
        app.press(.enter)
        #expect(backend.operatorName == "")
        #expect(app.text().contains("that is not 李明's PIN"))
        // The keys of a board are typed into the PIN, not obeyed.
        app.type("q2")
        #expect(app.screen.board == .complaints)
        app.press(.backspace, .backspace)
        _ = app.handle(.paste(Fixture.secret2468))
        app.press(.enter)
        #expect(backend.operatorName == "李明")
        #expect(app.screen.overlay.isNone)
    }

    @Test func escGoesBackToTheList() throws {
        let (app, backend) = Fixture.app(.en)
        backend.operatorName = ""
        app.signOn(as: "王静")
        #expect(app.text().contains("Sign on: 王静's PIN"))
        app.press(.escape)
        #expect(app.text().contains("Sign on: who is at the console"))
    }

    @Test func threeWrongGuessesHoldTheConsole() throws {
        var now = Date(timeIntervalSince1970: 0)
        let check = SignOnCheck { _, secret in secret == "2468" }
        #expect(check.check("李明", "1", at: now) == ChromeText.wrongSecret("李明"))
        #expect(check.check("李明", "2", at: now) == ChromeText.wrongSecret("李明"))
        #expect(check.check("李明", "3", at: now) == ChromeText.signOnHeld(seconds: 30))
        // Held, even the right PIN waits.
        now += 10
        #expect(check.check("李明", "2468", at: now) == ChromeText.signOnHeld(seconds: 20))
        now += 20
        #expect(check.check("李明", "2468", at: now) == nil)
    }

    @Test func withoutCredentialsTheHeaderSaysUnverified() throws {
        let backend = MemoryBackend(state: Fixture.state)
        let app = DeskApp(backend: backend, language: .en, theme: try Theme.load(name: "dark"), clock: { Fixture.now })
        #expect(app.text().contains("测试员 (unverified)"))
        let (verified, _) = Fixture.app(.en)
        #expect(!verified.text().contains("unverified"))
    }
}

@Suite struct DemoSignOnHintTests {
    /// The demo street says its PIN at sign-on, as its README does; a street without the hint says nothing.
    @Test func theDemoStreetSaysItsPINAtSignOn() throws {
        let backend = MemoryBackend(state: Fixture.state)
        backend.operatorName = ""
        let app = DeskApp(backend: backend, language: .en, theme: try Theme.load(name: "dark"), clock: { Fixture.now },
                          signOnCheck: SignOnCheck(hint: "2468") { _, secret in secret == "2468" })
        app.signOn(as: "李明")
        #expect(app.text().contains("the demo street's PIN: 2468"))
        let (plain, other) = Fixture.app(.en)
        other.operatorName = ""
        plain.signOn(as: "李明")
        #expect(plain.text().contains("Sign on: 李明's PIN") && !plain.text().contains("demo street's PIN"))
    }
}
