import ArgumentParser
import DeskCore
import DeskJournal
import DeskTerminal
import DeskUI
import Foundation

struct OpenDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk", abstract: "Open the desk (the default): the boards of the street's open work.")

    @OptionGroup var options: JournalOptions

    @Option(help: "A built-in theme (\(Theme.builtinNames.joined(separator: ", "))), a theme file, or a theme in $XDG_CONFIG_HOME/streetdesk/themes/ (see docs/themes.md).")
    var theme: String?

    func run() throws {
        try reporting {
            let language = options.language
            var created: String?
            if options.journal == nil, !FileManager.default.fileExists(atPath: options.path)
                || JournalSetup.isEmptyJournal(options.path, Journal.defaultTimeZone) {
                let result = try JournalSetup.create(at: options.path, profile: nil, operatorName: try options.operatorName(), language: language)
                created = language == .zh ? "首次运行：已在 \(options.path) 创建演示街道日志（\(result.entries) 条）"
                                          : "first run: created the demo street's journal at \(options.path) (\(result.entries) entries)"
                Output.say(created!)
            }
            let chosenTheme = try loadTheme()
            let session = try options.openSession(settledInBackground: true)
            // Sign-on: a street with a staff list has the officer chosen from it, unless named.
            let staff = session.state.street?.profile.staff ?? []
            if options.givenOperator != nil || staff.isEmpty {
                session.operatorName = try options.operatorName(on: session.state.street)
            } else {
                session.operatorName = ""
            }
            let app = DeskApp(backend: session, language: language, theme: chosenTheme)
            if session.operatorName.isEmpty { app.signOn() }
            if let created { app.announce(created) }
            let exit: Terminal.Exit
            do {
                exit = try Terminal.run(app, noColor: ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false)
            } catch {
                throw Failure("\(error)", code: 1)
            }
            // The next opening starts from here rather than replaying this shift's entries.
            try? session.saveCheckpointIfDue(soon: true)
            if case .signal(let number) = exit { throw ExitCode(128 + number) }
        }
    }

    /// A built-in name, a file path, or a name under `$XDG_CONFIG_HOME/streetdesk/themes/`.
    func loadTheme() throws -> Theme {
        let name = theme ?? Theme.defaultName
        let installed = Paths.configDirectory + "/themes/" + name + ".yaml"
        do {
            if name.contains("/") || name.hasSuffix(".yaml") { return try Theme.load(path: Paths.expand(name)) }
            if !Theme.builtinNames.contains(name), FileManager.default.fileExists(atPath: installed) {
                return try Theme.load(path: installed)
            }
            return try Theme.load(name: name)
        } catch {
            throw Failure((error as? ThemeError)?.message(options.language) ?? "\(error)", code: 2)
        }
    }
}
