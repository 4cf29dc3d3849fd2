import DeskCore
import DeskJournal
import DeskUI
import Foundation

/// The desk's backend in the product: the real journal session.
final class JournalBackend: DeskBackend {
    let session: DeskSession

    init(_ session: DeskSession) { self.session = session }

    var state: DeskState { session.state }
    var operatorName: String { session.operatorName }
    var journalPath: String { session.journal.path }

    func perform(_ command: DeskCommand, at now: Date) throws -> [Recorded] { try session.perform(command, at: now) }

    func refresh() throws -> Bool { try !session.refresh().isEmpty }
}
