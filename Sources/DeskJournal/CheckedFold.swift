import DeskCore
import GRDB

/// Reading a journal as far as it can be trusted: the chain checked from the last verified entry to the end,
/// then the entries it vouches for handed over in order, each decoded and placed (`DeskState.damage(folding:)`),
/// stopping before the first damage and remembering it. A reader that found damage reads no further.
///
/// Where reading starts from a checkpoint, the entries before it are taken as verified: the checkpoint's stamp
/// equals its entry's stored hash, so a rewrite of the chain before it is noticed (the checkpoint is passed
/// over and the chain checked from entry 1); an entry altered before it with its stored hashes left alone is
/// found by `streetdesk verify`, which checks every entry, not by opening (docs/journal-format.md).
struct CheckedFold {
    private(set) var verified: ChainPoint
    private(set) var damage: JournalDamage?

    init(verified: ChainPoint) {
        self.verified = verified
    }

    /// From entry `seq`, already folded (0: none).
    init(_ journal: Journal, from seq: Int64) throws {
        verified = try journal.chainPoint(at: seq) ?? .genesis
    }

    /// Checks the chain after the verified entry inside a transaction open on `db`; throws the first damage.
    mutating func check(_ db: Database) throws {
        let (reached, broken) = try Journal.verifyChain(db, after: verified)
        verified = reached
        if let broken { throw broken }
    }

    /// Hands `fold` each trusted entry after `seq` in order until it returns false. `fold` throws a
    /// `JournalDamage` to stop at an entry that cannot be placed.
    mutating func advance(_ journal: Journal, after seq: Int64, _ fold: (Recorded) throws -> Bool) throws {
        guard damage == nil else { return }
        let (reached, broken) = try journal.verifyChain(after: verified)
        verified = reached
        do {
            try journal.forEachRecorded(after: seq) { entry in entry.seq <= reached.seq ? try fold(entry) : false }
        } catch let found as JournalDamage {
            damage = found
            return
        }
        damage = broken
    }
}
