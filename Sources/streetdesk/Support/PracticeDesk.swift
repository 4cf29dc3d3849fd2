import ArgumentParser
import DeskCore
import DeskJournal
import DeskTerminal
import DeskTraining
import DeskUI
import Foundation

/// The desk on a practice run (`train`, `replay`), and the debrief after it: shown in the desk,
/// then printed and written to `report.md` beside the journal.
struct PracticeDesk {
    let language: Language
    let lang: String?
    let theme: String?
    let json: Bool

    /// Opens the desk on `run`'s journal at `path` for `trainee`, with `warning` on its status line
    /// when given; prints the debrief once it closes.
    func play(_ run: PracticeRun, path: String, trainee: String, warning: String? = nil) throws {
        let session = try DeskSession(journal: run.journal, operatorName: trainee, console: Paths.consoleName)
        let desk = try OpenDesk.parse(["--journal", path] + (lang.map { ["--lang", $0] } ?? []) + (theme.map { ["--theme", $0] } ?? []))
        let app = DeskApp(backend: session, language: language, theme: try desk.loadTheme(), clock: { run.now }, practice: run)
        app.announce(warning ?? DebriefText.practiceJournalAt(path)(language))
        let exit: Terminal.Exit
        do {
            exit = try Terminal.run(app, noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
        } catch {
            throw Failure("\(error)", code: 1)
        }
        let text = try debrief(run.journal, try run.journal.practiceMark()!)
        let report = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("report.md").path
        try text.write(toFile: report, atomically: true, encoding: .utf8)
        say(text)
        Output.say(DebriefText.reportAt(report)(language))
        if case .signal(let number) = exit { throw ExitCode(128 + number) }
    }

    /// The debrief of a practice journal, as Markdown or JSON.
    func debrief(_ journal: Journal, _ mark: PracticeStarted) throws -> String {
        do {
            let scenario = try PracticeJournal.scenario(mark)
            let debrief = Debrief.score(scenario, entries: try journal.allRecorded(), trainee: mark.trainee)
            if json { return try Train.jsonText(debrief) }
            return debrief.markdown(language, scenario: scenario, zone: journal.timeZone)
        } catch let error as ScenarioError {
            throw Failure(error.message(language), code: 2)
        }
    }

    /// A debrief as `--json` asks: JSON, or Markdown for the terminal.
    func say(_ debrief: String) { json ? Output.json(debrief) : Output.say(debrief) }
}
