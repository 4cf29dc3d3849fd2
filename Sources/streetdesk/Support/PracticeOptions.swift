import ArgumentParser
import DeskCore
import DeskTraining
import Foundation

/// The options every practice run shares (`train`, `replay`): who trains, how fast the clock
/// runs, where the practice journal goes, and the desk's language and theme.
struct PracticeOptions: ParsableArguments {
    @Option(help: "The trainee's name, recorded in every entry (default: the login name).")
    var trainee: String?

    @Option(help: "How many simulated seconds pass in one second (default 1).")
    var speed: Double = 1

    @Option(help: "The practice journal to create (default: under $XDG_DATA_HOME/streetdesk/training/).")
    var journal: String?

    @Option(help: "Messages in zh or en (default: from LANG).")
    var lang: String?

    @Option(help: "A built-in theme or a theme file, as for the desk.")
    var theme: String?

    var language: Language { Language(locale: lang ?? ProcessInfo.processInfo.environment["LANG"]) }

    var traineeName: String { trainee ?? Paths.loginName }

    /// Journal options on `path` in this run's language.
    func journalOptions(_ path: String) throws -> JournalOptions {
        try JournalOptions.parse(["--journal", path] + (lang.map { ["--lang", $0] } ?? []))
    }

    func desk(json: Bool) -> PracticeDesk { PracticeDesk(language: language, lang: lang, theme: theme, json: json) }

    /// The clock's speed, refused unless it moves forward.
    func checkedSpeed() throws -> Double {
        guard speed > 0 else { throw Failure(DebriefText.speedMustBePositive(language), code: 2) }
        return speed
    }

    /// `--journal`, or `training/<scenario>-<trainee>-<time>/practice.journal` under the data
    /// folder, with its report.md beside it.
    func practicePath(_ scenario: String) -> String {
        if let journal { return Paths.expand(journal) }
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyyMMdd-HHmmss"
        let folder = "\(scenario)-\(traineeName)-\(formatter.string(from: Date()))".replacingOccurrences(of: "/", with: "_")
        return Paths.dataDirectory + "/training/" + folder + "/practice.journal"
    }
}
