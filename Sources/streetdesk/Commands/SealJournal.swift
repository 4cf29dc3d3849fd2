import ArgumentParser
import DeskJournal

/// `streetdesk seal`: a signed statement of the journal's head, outside the journal file, printed for the paper
/// record. Each handover writes one too; `verify --seal` finds a journal cut short or rewritten since.
struct SealJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seal", abstract: "Seal the journal's head (seq and hash), signed, beside it or at --to; print it.")

    @OptionGroup var options: JournalOptions

    @Option(help: "Where to write the seal (default: JOURNAL.seal beside the journal).")
    var to: String?

    func run() throws {
        try reporting {
            let session = try options.openSession(readOnly: true)
            // A seal vouches for the head: a damaged journal's head is not vouched for.
            if let damage = session.damage { throw Failure(damage.message(options.language), code: 1) }
            let signer = try options.verifiedOperator(on: session.state.street, journalPath: session.journal.path)
            let seal = try options.sealing { try SealFiles.seal(session.journal, by: signer, to: to.map(Paths.expand)) }
            Output.say(seal.text)
        }
    }
}
