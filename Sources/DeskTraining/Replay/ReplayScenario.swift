import DeskCore
import Foundation

/// The scenario a replay plays as (`streetdesk replay`): generated, with no script and no
/// expectations. The real journal's entries arrive as injects of their own (`ReplayCopy`), and
/// the debrief lists what the trainee did, for the trainer to set beside what the real officer did.
/// The trainee plays a supervisor, so that nothing the real desk did is out of reach.
public enum ReplayScenario {
    /// The scenario's text, as the practice mark keeps it: the journal replayed (its file name),
    /// from when, for how long.
    public static func text(journal: String, from: Date, length: Int, zone: TimeZone) -> String {
        let stamp = ClockText.stamp(from, in: zone)
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = zone
        func quoted(_ text: String) -> String { String(decoding: try! JSONEncoder().encode(text), as: UTF8.self) }
        let title = ReplayText.title(journal, from: stamp)
        let summary = ReplayText.summary(journal, from: stamp)
        return """
            format: \(Scenario.format)
            id: replay
            title: { zh: \(quoted(title.zh)), en: \(quoted(title.en)) }
            level: advanced
            summary: { zh: \(quoted(summary.zh)), en: \(quoted(summary.en)) }
            start: "\(formatter.string(from: from))"
            length: \(max(1, (length + 59) / 60))m
            role: supervisor
            expect: []

            """
    }
}
