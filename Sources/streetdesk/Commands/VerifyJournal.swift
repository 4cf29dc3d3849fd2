import ArgumentParser
import DeskCore
import DeskJournal

struct VerifyJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Recompute the hash chain; name the first broken entry.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "Also prove that the newest checkpoint equals a replay of the chain from entry 1.")
    var checkpoints = false

    @Flag(help: "When something is wrong, say what to do about it, step by step.")
    var explain = false

    @Option(help: "A seal (streetdesk seal, or a handover's): report a journal shorter than it, or diverging from it.")
    var seal: String?

    func run() throws {
        try reporting {
            let language = options.language
            let journal = try options.openJournal(readOnly: true, practice: true)
            // Every entry's link and hash; then whether the entries after the newest checkpoint can be read.
            var damage: JournalDamage?
            switch try options.reading({ try journal.verify() }) {
            case .intact(let count):
                damage = try options.reading { try DeskSession.replay(journal).damage }
                if damage == nil { Output.say(CommandText.intact(count)(language)) }
            case .broken(let found):
                damage = found
            }
            if let damage {
                let steps = explain ? "\n" + damage.advice.map { $0(language) }.joined(separator: "\n") : ""
                throw Failure(CommandText.brokenAt(damage.seq, damage.what)(language) + steps, code: 1)
            }
            if let seal { try checkSeal(journal, Paths.expand(seal)) }
            if checkpoints { try options.reading { try verifyCheckpoint(journal) } }
        }
    }

    private func checkSeal(_ journal: Journal, _ path: String) throws {
        let found = try options.sealing { () throws -> JournalSeal in
            let found = try SealFiles.read(path)
            try SealFiles.check(journal, against: found)
            return found
        }
        Output.say(CommandText.sealMatches(found.head.seq, at: found.at, by: found.by)(options.language))
    }
    /// The newest checkpoint must be usable and equal the chain's replay through its entry.
    private func verifyCheckpoint(_ journal: Journal) throws {
        let language = options.language
        guard let newest = try journal.checkpoints().first else {
            Output.say(CommandText.noCheckpoint(language))
            return
        }
        var problem: Journal.CheckpointProblem?
        let saved = try journal.loadCheckpoint(atOrBefore: newest.seq) { stamp, found in
            if stamp == newest { problem = found }
        }
        if let problem {
            throw Failure(CommandText.checkpointUnusable(newest.seq, "\(problem)")(language), code: 1)
        }
        let replayed = try options.reading { try DeskSession.replayFromStart(journal, through: newest.seq) }
        guard saved == replayed else {
            throw Failure(CommandText.checkpointDiffers(newest.seq)(language), code: 1)
        }
        Output.say(CommandText.checkpointEquals(newest.seq)(language))
    }
}
