import Foundation

extension Journal {
    /// Creates a complete journal at `path`, or nothing: `fill` writes into a new journal at a draft
    /// path beside it, which is closed (its WAL folded into the file) and then linked into place. A
    /// process killed at any moment leaves `path` absent or whole; at worst it leaves a draft, which
    /// the next creation beside it removes once the process that made it is gone. Refuses a file
    /// already at `path`.
    public static func createComplete<T>(at path: String, timeZone: TimeZone = defaultTimeZone,
                                         fill: (Journal) throws -> T) throws -> T {
        try JournalFile.refuseExisting(path)
        JournalFile.removeAbandonedDrafts(of: path)
        let draft = JournalFile.draftPath(of: path, pid: getpid())
        do {
            let journal = try create(at: draft, timeZone: timeZone)
            let result = try fill(journal)
            try storage(draft) { try journal.close() }
            try JournalFile.publish(draft, as: path)
            return result
        } catch {
            JournalFile.removeWithSideFiles(draft)
            throw error
        }
    }
}
