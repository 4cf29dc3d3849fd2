import Foundation

/// What a front acts on: the journal session in the product, an in-memory double in tests.
/// Lets the UI layer stay free of SQLite.
public protocol DeskBackend: AnyObject {
    var state: DeskState { get }
    /// Who is at the console; a sign-on changes it (handing the console over without quitting).
    var operatorName: String { get set }
    /// Shown in the header.
    var journalPath: String { get }
    /// Decides and writes; throws `DeskError` when refused (nothing written).
    func perform(_ command: DeskCommand, at now: Date) throws -> [Recorded]
    /// What the last `perform` left to say beside its entries (a handover whose seal could not be
    /// written); nil when nothing.
    var notice: Phrase? { get }
    /// The first damaged entry of the journal: the state is the state before it, and every write is refused
    /// with it. Nil while the journal is sound.
    var damage: JournalDamage? { get }
    /// Folds in entries other consoles wrote; true when anything arrived.
    func catchUp() throws -> Bool
    /// The entries with these seqs, in order (an item's timeline, read when its detail opens).
    func entries(_ seqs: [Int64]) throws -> [Recorded]
}
