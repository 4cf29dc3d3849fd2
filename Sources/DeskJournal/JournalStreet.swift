import DeskCore
import GRDB

extension Journal {
    /// The street the journal was configured for (its first `street.configured` entry), read
    /// without folding anything else; nil before one is written.
    /// - Throws: `JournalDamage` when that entry does not decode; SQLite's errors.
    public func street() throws -> Street? {
        guard let row = try queue.read({ db in
            try Row.fetchOne(db, sql: "SELECT seq, payload FROM entries WHERE kind = 'street.configured' ORDER BY seq LIMIT 1")
        }) else { return nil }
        let seq: Int64 = row[0]
        do {
            guard case .streetConfigured(let profile) = try EventCoding.decode(kind: "street.configured", payload: row[1]) else {
                return nil
            }
            return Street(profile)
        } catch {
            throw JournalDamage(seq: seq, error)
        }
    }
}
