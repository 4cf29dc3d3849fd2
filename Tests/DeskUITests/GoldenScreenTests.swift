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

    /// The Departments board over this month (`p` three times), and at 160×48 over the week before,
    /// stepped back with `[`: the composite's bars and the rates' trend over another period.
    @Test(arguments: Language.allCases)
    func departmentsPeriod(_ language: Language) {
        for (size, text) in screens(language, { $0.press(.char("5"), .char("p"), .char("p"), .char("p")) }) {
            assertSnapshot(of: text, as: .lines, named: size, testName: "departments-month")
        }
        let (app, _) = Fixture.app(language)
        app.press(.char("5"), .char("p"), .char("p"), .char("["), .char("j"), .char("j"))
        assertSnapshot(of: app.text(width: 160, height: 48), as: .lines, named: "160x48-\(language.rawValue)", testName: "departments-week")
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

    /// Each cell's role as one letter (the legend is the first line), so that a colour regression
    /// (an overdue clock drawn as on track, a lost selection) fails as surely as a text change.
    static func roles(_ canvas: Canvas) -> String {
        let marks = ". m f T H A a F S c ! s o w E U * k i M p b e".split(separator: " ").map { Character(String($0)) }
        precondition(marks.count == Role.allCases.count, "a role without a letter")
        let letters = Dictionary(uniqueKeysWithValues: zip(Role.allCases, marks))
        let legend = Role.allCases.map { "\(letters[$0]!)=\($0.rawValue)" }.joined(separator: " ")
        let rows = (0..<canvas.height).map { y in
            String((0..<canvas.width).map { x in letters[canvas.cells[y * canvas.width + x].role] ?? "?" })
        }
        return ([legend] + rows).joined(separator: "\n")
    }

    @Test(arguments: [(Board.complaints, Language.zh), (.map, .zh), (.whistles, .en), (.today, .en)])
    func boardRoles(_ board: Board, _ language: Language) {
        let (app, _) = Fixture.app(language)
        app.press(.char(Character(String(board.rawValue))))
        assertSnapshot(of: Self.roles(app.render(width: 80, height: 24)), as: .lines,
                       named: "\(board)-80x24-\(language.rawValue)", testName: "roles")
    }
}
