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
            let zh = language == .zh
            let journal = try options.openJournal(readOnly: true, practice: true)
            // Every entry's link and hash; then whether the entries after the newest checkpoint can be read.
            var damage: JournalDamage?
            switch try options.reading({ try journal.verify() }) {
            case .intact(let count):
                damage = try options.reading { try DeskSession.replay(journal).damage }
                if damage == nil { Output.say(zh ? "完好：\(count) 条" : "intact: \(count) entries") }
            case .broken(let found):
                damage = found
            }
            if let damage {
                let steps = explain ? "\n" + damage.advice.map { $0(language) }.joined(separator: "\n") : ""
                throw Failure((zh ? "第 \(damage.seq) 条损坏：\(damage.what.zh)" : "broken at seq \(damage.seq): \(damage.what.en)") + steps, code: 1)
            }
            if let seal { try checkSeal(journal, Paths.expand(seal), zh: zh) }
            if checkpoints { try options.reading { try verifyCheckpoint(journal, zh: zh) } }
        }
    }

    private func checkSeal(_ journal: Journal, _ path: String, zh: Bool) throws {
        let found = try options.sealing { () throws -> JournalSeal in
            let found = try SealFiles.read(path)
            try SealFiles.check(journal, against: found)
            return found
        }
        Output.say(zh ? "封签相符：第 \(found.head.seq) 条，\(found.at) 由 \(found.by) 封"
                      : "seal matches: entry \(found.head.seq), sealed at \(found.at) by \(found.by)")
    }
    /// The newest checkpoint must be usable and equal the chain's replay through its entry.
    private func verifyCheckpoint(_ journal: Journal, zh: Bool) throws {
        guard let newest = try journal.checkpoints().first else {
            Output.say(zh ? "尚无检查点" : "no checkpoint yet")
            return
        }
        var problem: Journal.CheckpointProblem?
        let saved = try journal.loadCheckpoint(atOrBefore: newest.seq) { stamp, found in
            if stamp == newest { problem = found }
        }
        if let problem {
            throw Failure(zh ? "第 \(newest.seq) 条处的检查点不可用：\(problem)" : "the checkpoint at seq \(newest.seq) cannot be used: \(problem)", code: 1)
        }
        let replayed = try options.reading { try DeskSession.replayFromStart(journal, through: newest.seq) }
        guard saved == replayed else {
            throw Failure(zh ? "第 \(newest.seq) 条处的检查点与从头重放不符" : "the checkpoint at seq \(newest.seq) differs from a replay from entry 1", code: 1)
        }
        Output.say(zh ? "检查点（第 \(newest.seq) 条）与从头重放一致" : "checkpoint at seq \(newest.seq) equals a replay from entry 1")
    }
}
