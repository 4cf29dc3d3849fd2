import DeskCore
import DeskDemo
import DeskJournal
import Foundation

/// Creating a journal: from a profile file, or the demo street with a week of history.
enum JournalSetup {
    struct Result {
        let entries: Int64
        let seconds: Double
    }

    static func loadProfile(_ path: String, _ language: Language) throws -> StreetProfile {
        // Reading a pipe or a device would wait forever.
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
              let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(CommandText.cannotReadProfile(path)(language), code: 2)
        }
        do {
            return try StreetProfile.parse(yaml: text, file: path)
        } catch {
            throw Failure(error.message(language), code: 2)
        }
    }

    /// A journal file with no entry in it, e.g. left by an `init` that was killed.
    static func isEmptyJournal(_ path: String, _ zone: TimeZone) -> Bool {
        (try? Journal.open(at: path, timeZone: zone).lastSeq()) == 0
    }

    /// Creates the journal at `path`, complete or not at all (`Journal.createComplete`); refuses to
    /// touch an existing one that has entries.
    static func create(at path: String, profile: StreetProfile?, operatorName: String, language: Language) throws -> Result {
        let started = Date()
        let street = try profile ?? DemoProfile.load()
        let zone = TimeZone(identifier: street.street.timeZone) ?? Journal.defaultTimeZone
        func fill(_ journal: Journal) throws -> Int64 {
            let session = try DeskSession(journal: journal, operatorName: operatorName, console: Paths.consoleName)
            if profile == nil {
                try session.write(DemoHistory.generate(profile: street, endingAt: Date()))
            } else {
                try session.perform(.configure(street), at: Date())
            }
            return session.state.lastSeq
        }
        let entries: Int64
        do {
            entries = try Journal.createComplete(at: path, timeZone: zone, fill: fill)
        } catch JournalError.alreadyExists where isEmptyJournal(path, zone) {
            // An init of an earlier version, killed before its first entry, left an empty journal: finish it.
            entries = try fill(try Journal.open(at: path, timeZone: zone))
        } catch {
            guard let words = JournalError.storage(error, path: path) as? JournalError else { throw error }
            throw Failure(words.message(language), code: 2)
        }
        // The key that signs the journal's seals (`streetdesk seal`, every handover), beside it; the demo
        // street's officers sign on with the demo PIN.
        do {
            try SealFiles.createKey(for: path)
            if profile == nil { try demoCredentials(street, path) }
        } catch let error as SealError {
            throw Failure(error.message(language), code: 1)
        } catch let error as CredentialError {
            throw Failure(error.message(language), code: 1)
        }
        return Result(entries: entries, seconds: Date().timeIntervalSince(started))
    }

    /// Every demo officer's credential is the demo PIN (`DemoProfile.staffSecret`).
    private static func demoCredentials(_ street: StreetProfile, _ journalPath: String) throws {
        var credentials: [String: StaffCredential] = [:]
        for member in street.staff ?? [] {
            credentials[member.name] = try StaffCredential(name: member.name, secret: DemoProfile.staffSecret)
        }
        try StaffFile.write(credentials, to: StaffFile.path(journalPath))
    }
}
