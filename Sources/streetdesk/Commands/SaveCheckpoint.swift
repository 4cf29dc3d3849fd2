import ArgumentParser
import DeskJournal

/// `streetdesk checkpoint`: saves the folded state now. The desk and `do` also save one every
/// 20,000 entries and at the desk's exit; this is for a quiet hour or a scheduled job.
struct SaveCheckpoint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "checkpoint",
        abstract: "Save the folded state beside the chain now, so opening replays only what follows.")

    @OptionGroup var options: JournalOptions

    func run() throws {
        try reporting {
            let session = try options.openSession(acting: false)
            try session.journal.saveCheckpoint(session.state)
            Output.say(CommandText.checkpointSaved(session.state.lastSeq)(options.language))
        }
    }
}
