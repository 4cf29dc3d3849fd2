import DeskCore
import DeskUI
import SnapshotTesting
import Testing

/// Every board and a detail, at 80×24 and 120×40, in both languages, from the demo street at
/// a fixed clock. The golden files under __Snapshots__ were reviewed by eye; a change to a
/// screen shows here as a text diff.
@Suite struct GoldenScreenTests {
    static let sizes = [(80, 24), (120, 40)]

    func screens(_ language: Language, _ prepare: (DeskApp) -> Void) -> [(String, String)] {
        Self.sizes.map { width, height in
            let (app, _) = Fixture.app(language)
            prepare(app)
            return ("\(width)x\(height)-\(language.rawValue)", app.text(width: width, height: height))
        }
    }

    @Test(arguments: Board.allCases, Language.allCases)
    func board(_ board: Board, _ language: Language) {
        for (size, text) in screens(language, { $0.press(.char(Character(String(board.rawValue)))) }) {
            assertSnapshot(of: text, as: .lines, named: "\(board)-\(size)", testName: "board")
        }
    }

    @Test(arguments: Language.allCases)
    func caseDetail(_ language: Language) {
        for (size, text) in screens(language, { $0.press(.char("j"), .char("j"), .enter) }) {
            assertSnapshot(of: text, as: .lines, named: size, testName: "case-detail")
        }
    }

    @Test(arguments: Language.allCases)
    func intakeForm(_ language: Language) {
        for (size, text) in screens(language, { app in
            app.press(.char("i"))
            app.type("complaint")
            app.press(.enter)
            app.type("垃圾")
        }) {
            assertSnapshot(of: text, as: .lines, named: size, testName: "intake-form")
        }
    }
}
