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
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw Failure(language == .zh ? "无法读取档案文件 \(path)" : "cannot read the profile file \(path)", code: 2)
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

    /// Creates the journal at `path`; refuses to touch an existing one that has entries.
    static func create(at path: String, profile: StreetProfile?, operatorName: String, language: Language) throws -> Result {
        let started = Date()
        let demo = profile == nil
        let street = try profile ?? DemoProfile.load()
        let journal: Journal
        let zone = TimeZone(identifier: street.street.timeZone) ?? Journal.defaultTimeZone
        do {
            journal = try Journal.create(at: path, timeZone: zone)
        } catch JournalError.alreadyExists where isEmptyJournal(path, zone) {
            // An init that was killed before its first entry left an empty journal: finish it.
            journal = try Journal.open(at: path, timeZone: zone)
        } catch let error as JournalError {
            throw Failure(error.message(language), code: 2)
        }
        let session = try DeskSession(journal: journal, operatorName: operatorName, console: Paths.consoleName)
        if demo {
            try session.write(DemoHistory.generate(profile: street, endingAt: Date()))
        } else {
            try session.perform(.configure(street), at: Date())
        }
        return Result(entries: session.state.lastSeq, seconds: Date().timeIntervalSince(started))
    }
}
