import ArgumentParser
import DeskJournal

struct VerifyJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify", abstract: "Recompute the hash chain; name the first broken entry.")

    @OptionGroup var options: JournalOptions

    func run() throws {
        try reporting {
            let zh = options.language == .zh
            switch try options.openJournal().verify() {
            case .intact(let count):
                print(zh ? "完好：\(count) 条" : "intact: \(count) entries")
            case .broken(let seq, let reason):
                throw Failure(zh ? "第 \(seq) 条损坏：\(reason)" : "broken at seq \(seq): \(reason)", code: 1)
            }
        }
    }
}
