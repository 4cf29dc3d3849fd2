import ArgumentParser
import DeskJournal

struct VerifyJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Recompute the hash chain; name the first broken entry.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "Also prove that the newest checkpoint equals a replay of the chain from entry 1.")
    var checkpoints = false

    func run() throws {
        try reporting {
            let zh = options.language == .zh
            let journal = try options.openJournal(readOnly: true, practice: true)
            switch try options.reading({ try journal.verify() }) {
            case .intact(let count):
                Output.say(zh ? "完好：\(count) 条" : "intact: \(count) entries")
            case .broken(let damage):
                throw Failure(zh ? "第 \(damage.seq) 条损坏：\(damage.what.zh)" : "broken at seq \(damage.seq): \(damage.what.en)", code: 1)
            }
            if checkpoints { try options.reading { try verifyCheckpoint(journal, zh: zh) } }
        }
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
