import Foundation

/// A trainee's run of a built-in scenario in tmux, scripted: palette lines typed once the
/// simulated clock in the header reaches their times, then `q`. Gives the debrief it wrote.
struct Drill: Sendable, CustomStringConvertible {
    /// A palette line, typed once the header's clock shows `clock` (HH:mm) or later; `done` is
    /// the text the desk shows once it is journaled.
    struct Step: Sendable {
        var clock: String
        var line: String
        var done: String
        /// The action asks first (an Art 44 refusal): answered `y`.
        var confirm = false
    }

    var scenario: String
    var speed: Int
    var steps: [Step]
    /// The debrief's misses in order: verdict, action and the article or rule each names.
    var misses: [(verdict: String, action: String, source: String)]
    /// Where the clock should stand before quitting, so that every item the misses name has arrived.
    var quitAt: String
    /// How many expected actions the scenario has (a right run meets them all).
    var expected = 0

    var description: String { scenario }

    /// Plays the drill as `trainee` under `folder`; returns the debrief the desk showed, the
    /// screen once it closed, and report.md.
    func play(as trainee: String, in folder: String) throws -> (debrief: String, screen: String, report: String) {
        let journal = "\(folder)/\(scenario)-\(trainee)/practice.journal"
        let t = try Tmux("env LANG=C.UTF-8 XDG_DATA_HOME=\(folder) \(Binary.path) train \(scenario) --trainee \(trainee) --speed \(speed) "
                         + "--journal \(journal); echo STREETDESK-EXIT=$?; sleep 60", width: 120, height: 50)
        try t.waitFor("TRAINING")
        for step in steps {
            try waitForClock(t, step.clock)
            try t.keys(":")
            try t.enter(step.line)
            if step.confirm {
                try t.waitFor("Record it?")
                try t.keys("y")
            }
            try t.waitFor(step.done)
        }
        try waitForClock(t, quitAt)
        // Quitting shows the debrief in the desk; quitting that closes it.
        try t.keys("q")
        let debrief = try t.waitFor("Debrief:", seconds: 20)
        try t.keys("q")
        let screen = try t.waitFor("STREETDESK-EXIT=0", seconds: 30)
        let report = try String(contentsOfFile: URL(fileURLWithPath: journal).deletingLastPathComponent().appendingPathComponent("report.md").path,
                                encoding: .utf8)
        return (debrief, screen, report)
    }

    /// The lines of the debrief's "What each miss comes from".
    static func missLines(_ report: String) -> [String] {
        let lines = report.components(separatedBy: "\n")
        guard let start = lines.firstIndex(of: "## What each miss comes from") else { return [] }
        return lines[(start + 1)...].prefix { !$0.hasPrefix("## ") }.filter { $0.hasPrefix("- ") }
    }

    /// Polls until the header's simulated clock (`MM-dd HH:mm`) reads `time` or later.
    private func waitForClock(_ t: Tmux, _ time: String) throws {
        try t.waitUntil("the clock at \(time)", seconds: 90) { screen in
            guard let header = screen.split(separator: "\n").first,
                  let match = header.firstMatch(of: /\d\d-\d\d (\d\d:\d\d)/) else { return false }
            return match.1 >= time
        }
    }
}
