import Foundation
import Testing

/// No input crashes or hangs the program: durations, dates, numbers, names and paths beyond
/// what the desk accepts are refused with its usual error (exit 2; 1 for a journal it cannot open).
@Suite struct InputLimitTests {
    static func street(_ dir: String, profile: String = Binary.demoProfilePath) throws -> (journal: String, ran: Ran) {
        let journal = dir + "/street.journal"
        return (journal, try Binary.run(["init", "--profile", profile, "--journal", journal, "--operator", "赵建国"]))
    }

    static func intake(_ journal: String) throws -> Ran {
        try Binary.run(["do", "intake", "--type", "complaint", "--category", "env.garbage", "--grid", "001001",
                        "--summary", "垃圾", "--journal", journal])
    }

    @Test func anExtensionBeyondTenYearsIsRefusedNotATrap() throws {
        try withScratch { dir in
            let journal = try Self.street(dir).journal
            let item = try Self.intake(journal).output.trimmingCharacters(in: .whitespacesAndNewlines)
            for span in ["999999999999999999d", "999999999999d", "3651d", "87601h", "9223372036854775807m"] {
                let ran = try Binary.run(["do", "extend", item, "--by", span, "--reason", "x", "--journal", journal])
                #expect(ran.status == 2, "\(span): \(ran.status) \(ran.error.prefix(300))")
                #expect(ran.error.contains("3650d"), "\(span): \(ran.error.prefix(300))")
            }
            // The longest span parses; the street's own extension limit then refuses it, with its figure.
            #expect(try Binary.run(["do", "route", item, "--outcome", "handle", "--journal", journal]).status == 0)
            let longest = try Binary.run(["do", "extend", item, "--by", "3650d", "--reason", "x", "--journal", journal])
            #expect(longest.status == 2 && longest.error.contains("15d"), "\(longest.error)")
            #expect(try Binary.run(["show", "--json", "--journal", journal]).status == 0)
        }
    }

    @Test func aProfileDurationBeyondTenYearsIsRefusedByItsKey() throws {
        try withScratch { dir in
            let yaml = try String(contentsOfFile: Binary.demoProfilePath, encoding: .utf8)
            for span in ["999999999999999999d", "9999999999999d"] {
                let profile = dir + "/\(span).yaml"
                try yaml.replacingOccurrences(of: "resolve: 7d", with: "resolve: \(span)").write(toFile: profile, atomically: true, encoding: .utf8)
                let ran = try Binary.run(["init", "--profile", profile, "--journal", dir + "/\(span).journal"])
                #expect(ran.status == 2, "\(span): \(ran.status) \(ran.error.prefix(300))")
                #expect(ran.error.contains("timeLimits.general.resolve"), "\(ran.error.prefix(300))")
                #expect(!FileManager.default.fileExists(atPath: dir + "/\(span).journal"))
            }
        }
    }

    @Test func aRateWeightThatIsNotAFiniteNumberIsRefusedByItsKey() throws {
        try withScratch { dir in
            let yaml = try String(contentsOfFile: Binary.demoProfilePath, encoding: .utf8)
            for weight in [".inf", "-.inf", ".nan", "1e400"] {
                let profile = dir + "/weights.yaml"
                try yaml.replacingOccurrences(of: "response: 10,", with: "response: \(weight),").write(toFile: profile, atomically: true, encoding: .utf8)
                let ran = try Binary.run(["init", "--profile", profile, "--journal", dir + "/w.journal"])
                #expect(ran.status == 2, "\(weight): \(ran.status) \(ran.error.prefix(300))")
                #expect(ran.error.contains("rateWeights"), "\(weight): \(ran.error.prefix(300))")
            }
        }
    }

    @Test func impossibleAndImplausibleDatesAreRefused() throws {
        try withScratch { dir in
            let journal = try Self.street(dir).journal
            let refused: [[String]] = [
                ["report", "--date", "2026-02-30"], ["report", "--date", "2026-13-01"], ["report", "--date", "1999-12-31"],
                ["report", "--date", "99999999999-01-01"],
                ["show", "--as-of", "2026-02-30 10:00"], ["show", "--as-of", "0001-01-01T00:00:00Z"],
                ["show", "--as-of", "99999999999-01-01 00:00"], ["show", "--as-of", "2026-11-27 25:61"],
                ["do", "dispatch", "--lead", "urban-enforce", "--grid", "001001", "--place", "东门", "--at", "0000-01-01T00:00:00Z"],
                ["do", "dispatch", "--lead", "urban-enforce", "--grid", "001001", "--place", "东门", "--at", "2999-01-01T00:00:00Z"],
            ]
            for words in refused {
                let ran = try Binary.run(words + ["--journal", journal])
                #expect(ran.status == 2, "\(words): \(ran.status) \(ran.error.prefix(300))")
                #expect(ran.error.hasPrefix("streetdesk: "), "\(words): \(ran.error.prefix(300))")
            }
            #expect(try Binary.run(["report", "--date", "2024-02-29", "--journal", journal]).status == 0)
        }
    }

    @Test func anOperatorNameIsOneToSixtyFourCharacters() throws {
        try withScratch { dir in
            let journal = try Self.street(dir).journal
            for name in ["", "   ", String(repeating: "x", count: 100_000), "a\u{1B}[2Jb", String(repeating: "x", count: 65)] {
                let ran = try Binary.run(["do", "patrol", "--grid", "001001", "--summary", "井盖", "--journal", journal, "--operator", name])
                #expect(ran.status == 2, "\(name.prefix(10)): \(ran.status)")
                #expect(ran.error.contains("64"), "\(ran.error.prefix(200))")
                #expect(ran.error.utf8.count < 1000, "the refusal does not echo the name")
            }
            // The longest name passes the name check; on a street with a staff list it must also be on it.
            let longest = try Binary.run(["do", "patrol", "--grid", "001001", "--summary", "井盖", "--journal", journal,
                                          "--operator", String(repeating: "王", count: 64)])
            #expect(longest.status == 2 && longest.error.contains("staff list") && !longest.error.contains("64"), "\(longest.error)")
        }
    }

    /// A pipe, a device or a directory at the journal's path is refused at once by every command.
    @Test func aJournalPathThatIsNotARegularFileIsRefusedAtOnce() throws {
        try withScratch { dir in
            let fifo = dir + "/fifo.journal"
            #expect(mkfifo(fifo, 0o600) == 0)
            for command in [["verify"], ["show"], ["log"], ["report"], ["profile"], ["checkpoint"],
                            ["do", "patrol", "--grid", "001001", "--summary", "x"]] {
                let ran = try Binary.run(command + ["--journal", fifo], timeout: 20)
                #expect(ran.status == 1, "\(command): \(ran.status) \(ran.error)")
                #expect(ran.error.contains("not a regular file"), "\(command): \(ran.error)")
            }
            let created = try Binary.run(["init", "--demo", "--journal", fifo], timeout: 20)
            #expect(created.status == 2, "\(created.error)")
            let profile = try Binary.run(["init", "--profile", fifo, "--journal", dir + "/street.journal"], timeout: 20)
            #expect(profile.status == 2 && profile.error.contains("cannot read the profile file"), "\(profile.error)")
            let theme = try Binary.run(["desk", "--theme", fifo, "--journal", dir + "/street.journal"], timeout: 20)
            #expect(theme.status == 2 && theme.error.contains("not a regular file"), "\(theme.error)")
        }
    }
}
