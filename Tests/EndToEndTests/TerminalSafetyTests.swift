import Foundation
import Testing

/// Text from the journal, a profile or the command line reaches the reader's terminal only
/// through the desk's sanitizer: no command's output or error carries an escape sequence, a C1
/// control, a bidi override or a zero-width character (`TerminalBytes`).
@Suite struct TerminalSafetyTests {
    /// Sets the terminal's title and clears the screen.
    static let osc = "\u{1B}]0;pwned\u{07}\u{1B}[2J"
    /// The same as 8-bit C1 controls: CSI, OSC, ST.
    static let c1 = "\u{9B}31m\u{9D}0;pwned\u{9C}"
    /// Reads backwards, with invisible characters inside.
    static let bidi = "\u{202E}evil\u{202C}\u{200B}\u{200D}\u{2066}x\u{2069}\u{FEFF}"
    static let controls = "\u{7F}\u{08}\r\nline\u{2028}"
    static let hostile = [osc, c1, bidi, controls]
    static let everything = hostile.joined()

    static func street(_ dir: String) throws -> String {
        let journal = dir + "/street.journal"
        let made = try Binary.run(["init", "--profile", Binary.demoProfilePath, "--journal", journal, "--operator", "赵建国"])
        #expect(made.status == 0, "\(made.error)")
        return journal
    }

    static func expectSafe(_ ran: Ran, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(ran.unsafeBytes == nil, "\(what): \(ran.unsafeBytes ?? "")", sourceLocation: sourceLocation)
    }

    /// Runs `do` and expects it to be taken: the hostile text is then in the journal.
    @discardableResult
    static func take(_ journal: String, _ words: [String], operator name: String = "赵建国",
                     sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let ran = try Binary.run(["do"] + words + ["--journal", journal, "--operator", name])
        #expect(ran.status == 0, "\(words.first ?? ""): \(ran.error)", sourceLocation: sourceLocation)
        expectSafe(ran, words.joined(separator: " "), sourceLocation: sourceLocation)
        return ran.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static let readCommands = [["log"], ["log", "--json"], ["show"], ["show", "--json"], ["report"], ["report", "--json"],
                               ["profile"], ["profile", "--json"], ["verify"]]

    @Test func anArt44RefusalReasonCannotRetitleOrClearTheTerminal() throws {
        try withScratch { dir in
            let journal = try Self.street(dir)
            let whistle = try Self.take(journal, ["whistle", "--type", "routine", "--department", "water", "--grid", "001001", "--summary", "停水"])
            try Self.take(journal, ["refuse", whistle, "--department", "water", "--reason", Self.osc])
            for command in [["report"], ["report", "--json"]] {
                let ran = try Binary.run(command + ["--journal", journal])
                #expect(ran.status == 0, "\(ran.error)")
                #expect(ran.output.contains("pwned"))
                Self.expectSafe(ran, command.joined(separator: " "))
            }
        }
    }

    @Test func c1ControlsNeverReachLogOrJSONAndTheJSONStillSaysTheSame() throws {
        try withScratch { dir in
            let journal = try Self.street(dir)
            let summary = "路灯" + Self.c1 + Self.osc + Self.bidi
            try Self.take(journal, ["intake", "--type", "complaint", "--category", "env.garbage", "--grid", "001001", "--summary", summary])
            for command in [["log"], ["log", "--json"], ["show", "--json"]] {
                Self.expectSafe(try Binary.run(command + ["--journal", journal]), command.joined(separator: " "))
            }
            let shown = try Binary.run(["show", "--json", "--journal", journal]).outputBytes
            let object = try #require(try JSONSerialization.jsonObject(with: shown) as? [String: Any])
            let cases = try #require(object["cases"] as? [[String: Any]])
            #expect(cases.first?["summary"] as? String == summary, "the escapes decode to the text as entered")
        }
    }

    @Test func showDropsBidiOverridesAndZeroWidthCharacters() throws {
        try withScratch { dir in
            let journal = try Self.street(dir)
            try Self.take(journal, ["intake", "--type", "complaint", "--category", "env.garbage", "--grid", "001001",
                                    "--summary", "路灯" + Self.bidi, "--address", Self.bidi])
            try Self.take(journal, ["dispatch", "--lead", "urban-enforce", "--grid", "001001", "--place", "东门" + Self.bidi, "--summary", Self.bidi])
            let shown = try Binary.run(["show", "--journal", journal])
            #expect(shown.output.contains("路灯evilx"))
            Self.expectSafe(shown, "show")
        }
    }

    /// A journal edited outside StreetDesk (or written by another tool) is printed as safely.
    @Test func logNeutralisesTheOperatorAndKindColumnsOfAnEditedJournal() throws {
        try withScratch { dir in
            let journal = try Self.street(dir)
            try Self.take(journal, ["patrol", "--grid", "001001", "--summary", "井盖"])
            let triggers = try shell("/usr/bin/sqlite3", [journal, "SELECT name FROM sqlite_master WHERE type = 'trigger';"])
            let drops = triggers.split(separator: "\n").map { "DROP TRIGGER \($0);" }.joined()
            let hostile = "char(27) || ']0;pwned' || char(7) || char(194, 155) || '31m' || char(8238)"
            _ = try shell("/usr/bin/sqlite3", [journal, drops + "UPDATE entries SET operator = \(hostile), kind = 'x' || \(hostile) WHERE seq = 2;"])
            for command in [["log"], ["log", "--json"], ["verify"]] {
                let ran = try Binary.run(command + ["--journal", journal])
                #expect(ran.output.contains("pwned") || ran.error.contains("seq 2"), "\(command): \(ran.output) \(ran.error)")
                Self.expectSafe(ran, command.joined(separator: " "))
            }
        }
    }

    /// Names in a street profile reach `profile`, `show` and `report` as safely as the journal's text.
    @Test func aProfileWithHostileNamesPrintsSafely() throws {
        try withScratch { dir in
            let yaml = try String(contentsOfFile: Binary.demoProfilePath, encoding: .utf8)
                .replacingOccurrences(of: "name: 东城区供水服务中心", with: "name: \"供水\\e]0;pwned\\a\\u009b2J\\u202e\"")
                .replacingOccurrences(of: "name: 槐荫第一网格", with: "name: \"槐荫\\e[2J\\u200b\"")
            let profile = dir + "/hostile.yaml"
            try yaml.write(toFile: profile, atomically: true, encoding: .utf8)
            let journal = dir + "/street.journal"
            let made = try Binary.run(["init", "--profile", profile, "--journal", journal, "--operator", "赵建国"])
            #expect(made.status == 0, "\(made.error)")
            let whistle = try Self.take(journal, ["whistle", "--type", "routine", "--department", "water", "--grid", "001001", "--summary", "停水"])
            try Self.take(journal, ["refuse", whistle, "--department", "water", "--reason", "不归我们管"])
            for command in [["profile"], ["profile", "--json"], ["show"], ["report"], ["report", "--json"]] {
                let ran = try Binary.run(command + ["--journal", journal])
                #expect(ran.status == 0, "\(command): \(ran.error)")
                Self.expectSafe(ran, command.joined(separator: " "))
            }
            #expect(try Binary.run(["profile", "--journal", journal]).output.contains("pwned"))
        }
    }

    @Test func errorsNeverEchoRawArguments() throws {
        try withScratch { dir in
            let journal = try Self.street(dir)
            let refusals: [[String]] = [
                ["do", "intake", "--type", "complaint", "--category", "env.garbage", "--summary", "x", "--phone", Self.everything],
                ["do", "intake", "--type", "complaint", "--category", "env.garbage", "--summary", "x", "--grid", Self.everything],
                ["do", "intake", "--type", "complaint", "--category", Self.everything, "--summary", "x"],
                ["do", Self.everything],
                ["do", "intake", "--" + Self.everything, "x"],
                ["show", "--as-of", Self.everything],
                ["report", "--date", Self.everything],
                ["log", "--since", Self.everything],
                ["show", "--" + Self.everything],
                [Self.everything],
            ]
            for words in refusals {
                let ran = try Binary.run(words + ["--journal", journal])
                #expect(ran.status != 0, "\(words) was taken")
                #expect(!ran.error.isEmpty, "\(words) said nothing")
                Self.expectSafe(ran, words.joined(separator: " "))
            }
        }
    }

    /// Every field of every action (`do --help` lists them) refused with hostile text, then a day
    /// of work whose every free-text field is hostile, then every command that reads it.
    @Test func everyFieldOfEveryActionAndEveryCommandIsTerminalSafe() throws {
        try withScratch { dir in
            let journal = try Self.street(dir)
            let actions = try Self.actionsAndOptions()
            #expect(actions.count >= 20, "\(actions)")
            for (name, subject, options) in actions {
                let id = subject ? [Self.everything] : []
                for option in options {
                    let ran = try Binary.run(["do", name] + id + ["--" + option, Self.everything, "--journal", journal])
                    #expect(ran.status == 2, "\(name) --\(option): \(ran.status) \(ran.error)")
                    Self.expectSafe(ran, "do \(name) --\(option)")
                }
                let all = options.flatMap { ["--" + $0, Self.everything] }
                Self.expectSafe(try Binary.run(["do", name] + id + all + ["--journal", journal]), "do \(name), every option")
            }
            Self.expectSafe(try Binary.run(["do", "handover", "--to", "x", "--note", "x", "--journal", journal,
                                            "--operator", Self.everything]), "a hostile operator")
            for (index, text) in Self.hostile.enumerated() { try Self.dayOfWork(journal, text, index) }
            for command in Self.readCommands {
                let ran = try Binary.run(command + ["--journal", journal])
                #expect(ran.status == 0, "\(command): \(ran.error)")
                Self.expectSafe(ran, command.joined(separator: " "))
            }
        }
    }

    /// `(name, takes an id, option names)` from `streetdesk do --help`.
    static func actionsAndOptions() throws -> [(String, Bool, [String])] {
        let help = try Binary.run(["do", "--help"]).output
        var actions = [(String, Bool, [String])]()
        for line in help.split(separator: "\n") {
            let words = line.split(separator: " ")
            if line.hasPrefix("  "), !line.hasPrefix("   "), line.contains(" — "), let name = words.first {
                actions.append((String(name), words.count > 1 && words[1] != "—", []))
            } else if line.hasPrefix("      "), !actions.isEmpty {
                let options = words.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]…")) }.filter { $0.hasPrefix("--") }
                actions[actions.count - 1].2 += options.map { String($0.dropFirst(2)) }
            }
        }
        return actions
    }

    /// A case, a whistle and a dispatch taken through their steps with `text` in every free-text field.
    static func dayOfWork(_ journal: String, _ text: String, _ round: Int) throws {
        let intake = ["intake", "--type", "complaint", "--category", "env.garbage", "--grid", "001001",
                      "--summary", "垃圾" + text, "--phone", "1380000111\(round)", "--address", text]
        let item = try take(journal, intake)
        let duplicate = try take(journal, intake)
        for step in [["route", item, "--outcome", "transfer", "--department", "sanitation", "--reason", text],
                     ["contact", item, "--note", text], ["progress", item, "--note", text],
                     ["extend", item, "--by", "1d", "--reason", text], ["urge", item, "--note", text],
                     ["reveal-phone", item, "--reason", text], ["resolve", item, "--note", text],
                     ["feedback", item, "--note", text],
                     ["callback", item, "--solved", "no", "--satisfaction", "unsatisfied", "--note", text],
                     ["reopen", item, "--reason", text], ["merge", duplicate, "--into", item]] {
            try take(journal, step)
        }
        let other = try take(journal, intake)
        try take(journal, ["return", other, "--rule", text, "--reason", text])
        let whistle = try take(journal, ["whistle", "--case", item, "--type", "routine", "--department", "sanitation",
                                         "--department", "water", "--summary", text])
        for step in [["report-in", whistle, "--department", "sanitation", "--person", text],
                     ["act", whistle, "--department", "sanitation", "--note", text],
                     ["finish", whistle, "--department", "sanitation", "--note", text],
                     ["refuse", whistle, "--department", "water", "--reason", text]] {
            try take(journal, step)
        }
        let dispatch = try take(journal, ["dispatch", "--lead", "urban-enforce", "--grid", "001001", "--place", text, "--summary", text])
        try take(journal, ["unit-status", dispatch, "--department", "urban-enforce", "--status", "cleared"])
        try take(journal, ["conclude", dispatch, "--outcome", "dissuaded", "--findings", text])
        let finding = try take(journal, ["patrol", "--grid", "001002", "--summary", text])
        try take(journal, ["intake", "--type", "complaint", "--category", "env.garbage", "--summary", text, "--finding", finding])
        try take(journal, ["handover", "--to", "王静", "--note", text])
        // A successor who is not on the staff list is refused, and the refusal names them safely.
        let refused = try Binary.run(["do", "handover", "--to", text, "--note", text, "--journal", journal, "--operator", "赵建国"])
        #expect(refused.status == 2)
        expectSafe(refused, "handover --to")
        try take(journal, ["rate-utility", "--department", "water", "--score", "2", "--note", text])
    }
}
