import DeskCore

extension Journal {
    /// The practice mark (`training.started`, the second entry) when this is a practice journal.
    public func practiceMark() throws -> PracticeStarted? {
        var mark: PracticeStarted?
        try forEachRecorded(after: 1) { entry in
            if case .practiceStarted(let found) = entry.event { mark = found }
            return false
        }
        return mark
    }

    /// Every entry, in order: a practice journal is small enough to score whole.
    public func allRecorded() throws -> [Recorded] {
        var entries = [Recorded]()
        try forEachRecorded(after: 0) { entries.append($0); return true }
        return entries
    }
}
