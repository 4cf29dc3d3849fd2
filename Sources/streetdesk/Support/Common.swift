import ArgumentParser
import DeskCore
import DeskJournal
import DeskTraining
import Foundation

/// Options every journal command shares.
struct JournalOptions: ParsableArguments {
    @Option(help: "The journal file (default: $XDG_DATA_HOME/streetdesk/street.journal).")
    var journal: String?

    @Option(help: "Who is acting; recorded in every entry (default: $STREETDESK_OPERATOR, else the login name). When the profile lists its staff, one of them.")
    var `operator`: String?

    @Option(help: "Messages in zh or en (default: from LANG).")
    var lang: String?

    var path: String { journal.map(Paths.expand) ?? Paths.defaultJournal }
    /// `--operator`, or `STREETDESK_OPERATOR`, when either is given.
    var givenOperator: String? { self.operator ?? ProcessInfo.processInfo.environment["STREETDESK_OPERATOR"] }

    /// The given operator or the login name, refused when it is not a name (`OperatorName`).
    func operatorName() throws -> String {
        try refusing { () throws(DeskError) in try OperatorName.check(givenOperator ?? Paths.loginName) }
    }

    /// The same, refused when the street lists its staff and the name is not among them.
    func operatorName(on street: Street?) throws -> String {
        let name = try operatorName()
        if let staff = street?.profile.staff, !staff.isEmpty, !staff.contains(where: { $0.name == name }) {
            throw Failure(DeskError.notOnStaff(name).message(language) + OperatorHint.staff(staff.map(\.name))(language), code: 2)
        }
        return name
    }
    var language: Language { Language(locale: lang ?? ProcessInfo.processInfo.environment["LANG"]) }

    /// The operator who will write entries: on the staff list, and, where the journal has a staff file,
    /// holding their credential (`STREETDESK_PIN`, or asked at the terminal). Without a staff file the
    /// name is taken as given: operators are unverified.
    func verifiedOperator(on street: Street?, journalPath: String) throws -> String {
        let name = try operatorName(on: street)
        guard let credentials = try credentials(journalPath) else { return name }
        let secret = SecretPrompt.secret(asking: IdentityText.askSecret(name)(language))
        do {
            try StaffFile.check(name, secret, in: credentials)
        } catch {
            // A wrong guess costs a second, so a script cannot try PINs at scrypt's pace.
            if case .wrong = error { sleep(1) }
            throw Failure(error.message(language), code: 2)
        }
        return name
    }

    /// The journal's staff credentials; nil when it has no staff file.
    func credentials(_ journalPath: String) throws -> [String: StaffCredential]? {
        do {
            return try StaffFile.read(StaffFile.path(journalPath))
        } catch {
            throw Failure(error.message(language), code: 1)
        }
    }

    /// The journal at `path`; `readOnly` for the commands that only read it, which then work on a
    /// read-only disk or directory. An operations command (`practice: false`) refuses a practice journal.
    func openJournal(readOnly: Bool = false, practice: Bool = false) throws -> Journal {
        let journal = try reading { try Journal.open(at: path, readOnly: readOnly) }
        if !practice, let mark = try reading({ try journal.practiceMark() }) {
            throw Failure(DebriefText.isAPracticeJournal(path, scenario: mark.scenario)(language), code: 2)
        }
        return journal
    }

    /// A session on the journal. One that writes entries (`acting`, not `readOnly`) has its operator
    /// verified first (`verifiedOperator`); the desk signs its officers on itself.
    func openSession(readOnly: Bool = false, settledInBackground: Bool = false, acting: Bool = true) throws -> DeskSession {
        let journal = try openJournal(readOnly: readOnly)
        let session = try reading {
            try DeskSession(journal: journal, operatorName: try operatorName(), console: Paths.consoleName,
                            settledInBackground: settledInBackground)
        }
        if acting, !readOnly { session.operatorName = try verifiedOperator(on: session.state.street, journalPath: journal.path) }
        return session
    }

    /// A reading command goes on from a damaged journal, showing what comes before the damage; it says so
    /// first, on standard error. With nothing before it (the street's own entry), there is nothing to show.
    func warn(_ damage: JournalDamage?, street: Street?) throws {
        guard let damage else { return }
        guard street != nil else { throw Failure(damage.message(language), code: 1) }
        Output.complain(damage.message(language))
    }

    /// Runs `body`, which writes or reads a seal, turning what is wrong with it into the usual failure.
    func sealing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try reading(body)
        } catch let error as SealError {
            throw Failure(error.message(language), code: 1)
        }
    }

    /// Runs `body`, turning a refusal into the usual failure (exit 2).
    func refusing<T>(_ body: () throws(DeskError) -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw Failure(error.message(language), code: 2)
        }
    }

    /// Runs `body`, which reads or writes the journal, turning what goes wrong with the journal (a file
    /// that is not one, a failing disk, an entry that cannot be read) into the usual failure.
    func reading<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as JournalSessionError {
            throw Failure(error.message(language), code: 1)
        } catch let damage as JournalDamage {
            throw Failure(damage.message(language), code: 1)
        } catch {
            guard let words = JournalError.storage(error, path: path) as? JournalError else { throw error }
            throw Failure(words.message(language), code: 1)
        }
    }
}

/// A refusal or failure: its message goes to standard error and the process exits with `code`.
struct Failure: Error, CustomStringConvertible {
    let message: String
    let code: Int32

    init(_ message: String, code: Int32) {
        self.message = message
        self.code = code
    }

    var description: String { message }
}

extension ParsableCommand {
    /// Runs `body`, turning a `Failure` into its message on standard error and its exit code.
    func reporting(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as Failure {
            Output.complain(failure.message)
            throw ExitCode(failure.code)
        }
    }
}

enum Paths {
    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    static var home: String { environment["HOME"] ?? NSHomeDirectory() }

    static func expand(_ path: String) -> String {
        path.hasPrefix("~/") ? home + path.dropFirst() : path
    }

    /// XDG base directories: the journal is data.
    static var dataDirectory: String {
        let base = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.local/share"
        return base + "/streetdesk"
    }

    static var configDirectory: String {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return base + "/streetdesk"
    }

    static var defaultJournal: String { dataDirectory + "/street.journal" }

    static var loginName: String {
        if let pw = getpwuid(getuid()), let name = pw.pointee.pw_name { return String(cString: name) }
        return environment["USER"] ?? "operator"
    }

    static var consoleName: String {
        let host = ProcessInfo.processInfo.hostName
        return host.isEmpty ? "console" : host
    }
}
