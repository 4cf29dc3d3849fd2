import ArgumentParser
import DeskCore
import DeskDemo
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
                created = CommandText.firstRun(options.path, entries: result.entries)(language)
                Output.say(created!)
            }
            let chosenTheme = try loadTheme()
            let session = try options.openSession(settledInBackground: true, acting: false)
            // Sign-on: a street with a staff list has the officer chosen from it, unless named; where the
            // journal keeps credentials, the officer gives theirs (STREETDESK_PIN, or at the sign-on).
            let staff = session.state.street?.profile.staff ?? []
            let credentials = staff.isEmpty ? nil : try options.credentials(session.journal.path)
            let check = credentials.map { credentials in
                // The demo street's PIN is said at its sign-on, as its README says it.
                SignOnCheck(hint: session.state.street?.profile.street.demo == true ? DemoProfile.staffSecret : nil) { name, secret in
                    (try? StaffFile.check(name, secret, in: credentials)) != nil
                }
            }
            var named: String?
            if options.givenOperator != nil || staff.isEmpty {
                named = try options.operatorName(on: session.state.street)
                if credentials != nil {
                    session.operatorName = Paths.environment[SecretPrompt.variable] == nil ? ""
                        : try options.verifiedOperator(on: session.state.street, journalPath: session.journal.path)
                } else {
                    session.operatorName = named!
                }
            } else {
                session.operatorName = ""
            }
            let app = DeskApp(backend: session, language: language, theme: chosenTheme, signOnCheck: check)
            if session.operatorName.isEmpty { app.signOn(as: named) }
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
