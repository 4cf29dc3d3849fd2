import DeskCore
import DeskTraining
import DeskUI
import Foundation
import SnapshotTesting
import Testing

/// A training run's end inside the desk: quitting or the time running out shows the debrief
/// over the board, and the desk closes from there.
@Suite struct DebriefOverlayTests {
    /// A run of triage-four as the driver would report it: one of each verdict and one entry
    /// the scenario did not ask for.
    final class Run: PracticeControl {
        var isOver = false
        private(set) var isPaused = false
        private(set) var played = 0
        var scenarioName: String { "triage-four" }

        func togglePause() { isPaused.toggle() }

        func playDue() -> String? {
            played += 1
            return nil
        }

        func debrief() -> PracticeDebrief? {
            let scenario = try! BuiltinScenarios.load("triage-four")!
            let verdicts = ["met", "late", "wrong", "missed", "missed"]
            let results: [[String: Any]] = zip(scenario.expect, verdicts).enumerated().map { index, pair in
                let (expectation, verdict) = pair
                var result: [String: Any] = ["action": expectation.action, "verdict": verdict, "limit": expectation.within.seconds,
                                             "points": expectation.points, "article": 17, "item": "C000\(index + 1)",
                                             "earned": verdict == "met" ? expectation.points : verdict == "late" ? expectation.points / 2 : 0]
                if verdict != "missed" { result["taken"] = verdict == "late" ? 840 : 75 }
                if let note = expectation.note { result["note"] = ["zh": note.zh, "en": note.en] }
                return result
            }
            let json: [String: Any] = ["scenario": "triage-four", "trainee": "李娜", "results": results,
                                       "unexpected": [["action": "progress", "item": "C0003", "seq": 31, "at": 1260]]]
            let debrief = try! JSONDecoder().decode(Debrief.self, from: JSONSerialization.data(withJSONObject: json))
            return PracticeDebrief(debrief: debrief, scenario: scenario)
        }
    }

    static func app(_ language: Language) -> (DeskApp, Run) {
        let run = Run()
        let app = DeskApp(backend: MemoryBackend(state: Fixture.state), language: language, theme: try! Theme.load(name: "dark"),
                          clock: { Fixture.now }, practice: run)
        return (app, run)
    }

    @Test func quittingShowsTheDebriefAndTheNextQuitClosesTheDesk() {
        let (app, run) = Self.app(.en)
        #expect(app.handle(.char("q")))
        #expect(app.text().contains("Score 33% (15 of 45 points)"))
        #expect(run.isPaused)
        #expect(!app.isFinished)
        #expect(app.handle(.char("2")))
        #expect(app.text().contains("Score 33%"), "a board key does not leave the debrief")
        #expect(!app.handle(.char("q")))
        #expect(app.isFinished)
    }

    @Test func theTimeRunningOutShowsTheDebriefAndPlaysNothingAfter() {
        let (app, run) = Self.app(.zh)
        _ = app.tick()
        #expect(run.played == 1)
        run.isOver = true
        #expect(app.tick())
        #expect(app.text().contains("得分 33%（15/45 分）"))
        #expect(!app.isFinished)
        _ = app.tick()
        #expect(run.played == 1)
        #expect(!app.handle(.enter))
    }

    @Test func theDebriefScrollsWhenItIsLongerThanTheScreen() {
        let (app, _) = Self.app(.en)
        app.press(.char("q"))
        let top = app.text(width: 80, height: 16)
        #expect(top.contains("(j/k scroll)"))
        #expect(!top.contains("Done but not expected"))
        app.press(.down, .down, .down, .down, .down, .down, .char("j"), .char("j"))
        #expect(app.text(width: 80, height: 16).contains("Done but not expected"))
        app.press(.up, .char("k"))
        #expect(app.text(width: 80, height: 16) != top)
    }

    @Test(arguments: Language.allCases)
    func golden(_ language: Language) {
        let (app, _) = Self.app(language)
        app.press(.char("q"))
        assertSnapshot(of: app.text(width: 80, height: 24), as: .lines, named: "80x24-\(language.rawValue)", testName: "debrief")
    }
}
