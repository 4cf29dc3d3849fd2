import Foundation
import Testing

/// `streetdesk replay`: a real journal's last quarter hour walked through in the desk, on a fast clock.
@Suite(.serialized) struct ReplayCommandTests {
    /// The demo journal, and the time of its last entry.
    func demo(_ dir: String) throws -> (journal: String, last: Date) {
        let journal = dir + "/street.journal"
        let made = try Binary.run(["init", "--demo", "--journal", journal])
        #expect(made.status == 0, "\(made.error)")
        // A call with the caller's number and name in it, as the real journal keeps them.
        let call = try Binary.run(["do", "intake", "--type", "complaint", "--category", "env.garbage", "--grid", "001003",
                                   "--summary", "王先生来电：垃圾满溢，回电 13912345678", "--phone", "13800005555", "--journal", journal])
        #expect(call.status == 0, "\(call.error)")
        let stamp = try shell("/usr/bin/sqlite3", [journal, "SELECT at FROM entries ORDER BY seq DESC LIMIT 1"])
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return (journal, try #require(formatter.date(from: stamp.trimmingCharacters(in: .whitespacesAndNewlines))))
    }

    /// `--from` a quarter hour before the journal's last entry, in the street's time (+08:00).
    func from(_ last: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
        return formatter.string(from: last.addingTimeInterval(-15 * 60))
    }

    func sql(_ journal: String, _ query: String) throws -> String {
        try shell("/usr/bin/sqlite3", [journal, query]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    @Test func aTraineeWalksThroughTheLastQuarterHourAndTheRealJournalIsUntouched() throws {
        try withScratch { dir in
            let (journal, last) = try demo(dir)
            let before = try sql(journal, "SELECT count(*), max(seq), (SELECT hash FROM entries ORDER BY seq DESC LIMIT 1) FROM entries")
            let practice = dir + "/replay/practice.journal"
            let t = try Tmux("env LANG=C.UTF-8 XDG_DATA_HOME=\(dir) \(Binary.path) replay \(journal) --from \(from(last)) --speed 60 "
                             + "--trainee 学员 --journal \(practice); echo STREETDESK-EXIT=$?; sleep 60", width: 120, height: 40)
            try t.waitFor("TRAINING")
            try t.keys(":")
            try t.enter("progress C0001 --note 已回电说明进展")
            try t.waitFor("C0001: journaled")
            // Every entry of the quarter hour has arrived once the clock passes the last one.
            let formatter = DateFormatter()
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            formatter.dateFormat = "MM-dd HH:mm"
            let after = formatter.string(from: last.addingTimeInterval(60))
            try t.waitUntil("the clock at \(after)", seconds: 60) { screen in
                guard let match = screen.split(separator: "\n").first?.firstMatch(of: /\d\d-\d\d \d\d:\d\d/) else { return false }
                return match.output >= after
            }
            try t.keys("q")
            let debrief = try t.waitFor("Debrief:", seconds: 20)
            #expect(debrief.contains("Nothing was expected in this run"))
            #expect(debrief.contains("progress note C0001"))
            try t.keys("q")
            try t.waitFor("STREETDESK-EXIT=0", seconds: 20)

            // The real journal is as it was, and intact.
            #expect(try sql(journal, "SELECT count(*), max(seq), (SELECT hash FROM entries ORDER BY seq DESC LIMIT 1) FROM entries") == before)
            #expect(try Binary.run(["verify", "--journal", journal]).status == 0)
            // The practice journal holds the open work and the quarter hour, from consoles of their own, and no phone number in full.
            let copied = Int(try sql(practice, "SELECT count(*) FROM entries WHERE console LIKE 'scenario/%' AND console != 'scenario/start'")) ?? 0
            let window = Int(try sql(journal, "SELECT count(*) FROM entries WHERE at >= '\(from(last))'")) ?? 0
            #expect(copied > window && window > 0, "copied \(copied), window \(window)")
            #expect(try sql(journal, "SELECT count(*) FROM entries WHERE payload LIKE '%13800005555%'") == "1")
            let payloads = try sql(practice, "SELECT payload FROM entries")
            #expect(!payloads.contains("13800005555") && !payloads.contains("13912345678") && !payloads.contains("王先生"))
            #expect(payloads.contains("138****5555") && payloads.contains("某先生来电：垃圾满溢，回电 139****5678"))
            let scored = try Binary.run(["train", "--score", practice])
            #expect(scored.status == 0)
            #expect(scored.output.contains("progress C0001"))
        }
    }

    @Test func aDamagedJournalIsReplayedUpToTheDamageAndSaysSo() throws {
        try withScratch { dir in
            let (journal, last) = try demo(dir)
            let bad = Int(try sql(journal, "SELECT max(seq) FROM entries")) ?? 0
            _ = try sql(journal, "DROP TRIGGER entries_no_update; UPDATE entries SET operator = '某人' WHERE seq = \(bad);")
            let t = try Tmux("env LANG=C.UTF-8 XDG_DATA_HOME=\(dir) \(Binary.path) replay \(journal) --from \(from(last)) --speed 1 "
                             + "--journal \(dir)/p/practice.journal; echo STREETDESK-EXIT=$?; sleep 60", width: 120, height: 40)
            try t.waitFor("the replay stops before the damage (entry \(bad))")
            try t.keys("q")
            try t.waitFor("Debrief:")
            try t.keys("q")
            try t.waitFor("STREETDESK-EXIT=0", seconds: 20)

            let missing = try Binary.run(["replay", dir + "/none.journal"])
            #expect(missing.status != 0)
            #expect(missing.error.contains("none.journal"), "\(missing.error)")
        }
    }
}
