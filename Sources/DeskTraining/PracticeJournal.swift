import DeskCore

/// What makes a journal a practice journal: its `training.started` entry, which carries the
/// scenario played, so that the journal alone can be scored.
public enum PracticeJournal {
    /// The mark among a journal's first entries; nil for an operations journal.
    public static func mark(_ entries: [Recorded]) -> PracticeStarted? {
        for entry in entries.prefix(2) {
            if case .practiceStarted(let mark) = entry.event { return mark }
        }
        return nil
    }

    /// The scenario the mark carries, read as it was played.
    public static func scenario(_ mark: PracticeStarted) throws(ScenarioError) -> Scenario {
        try Scenario.parse(yaml: mark.text, file: mark.scenario)
    }

    /// Scores a practice journal's entries.
    public static func debrief(_ entries: [Recorded]) throws(ScenarioError) -> Debrief? {
        guard let mark = mark(entries) else { return nil }
        return Debrief.score(try scenario(mark), entries: entries, trainee: mark.trainee)
    }
}
