import Foundation
import Testing

/// The desk itself, in a real terminal: tmux at 80×24, keys in, the screen read back.
@Suite(.serialized) struct DeskTerminalTests {
    func desk(_ journal: String, lang: String = "zh_CN.UTF-8", width: Int = 80, height: Int = 24) throws -> Tmux {
        try Tmux("env LANG=\(lang) \(Binary.path) desk --journal \(journal) --operator 李明; echo STREETDESK-EXIT=$?; "
                 + "stty -a | tr ' ;' '\\n\\n' | grep -xE -- '-?(icanon|echo)' | tr '\\n' ' '; echo; sleep 60",
                 width: width, height: height)
    }

    /// A demo journal open on the desk in English, at 80×24, showing the complaints board.
    func withEnglishDesk(_ body: (Tmux, String) throws -> Void) throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let t = try desk(journal, lang: "C.UTF-8")
            try t.waitFor("Complaints")
            try body(t, journal)
        }
    }

    func demo(_ dir: String) throws -> String {
        let journal = dir + "/demo.journal"
        // Without a journal every later step would only time out: stop here.
        let made = try Binary.run(["init", "--demo", "--journal", journal])
        try #require(made.status == 0, "\(made.error)")
        return journal
    }

    /// The id a ✓ status line names, e.g. `✓ 受理诉求 C0351：已写入日志 #2242`.
    func written(_ screen: String, _ prefix: Character) -> String? {
        guard let line = screen.split(separator: "\n").last(where: { $0.contains("✓") }) else { return nil }
        let words = line.split(whereSeparator: { (c: Character) in c == " " || c == "：" || c == ":" })
        return words.first { $0.first == prefix && $0.count > 1 && $0.dropFirst().allSatisfy(\.isNumber) }.map { String($0) }
    }

    @Test func anOfficersShiftThroughTheDesk() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let t = try desk(journal)
            try t.waitFor("接诉")
            try t.waitFor("C0")
            // Across the boards and back.
            for (key, expected) in [("1", "槐荫"), ("3", "W0"), ("4", "D0"), ("5", "满意"), ("6", "交接"), ("2", "诉求内容")] {
                try t.keys(key)
                try t.waitFor(expected)
            }
            try t.keys("Enter")
            try t.waitFor("经过（日志）")
            try t.keys("Escape")
            try t.waitUntil("detail closed") { !$0.contains("经过（日志）") }

            // Take in a complaint through the form, Chinese summary typed as an input method sends it.
            try t.keys("i")
            try t.waitFor(":intake")
            try t.enter("complaint")
            try t.enter("env.garbage")
            try t.enter("001003")
            try t.enter("楼道堆放杂物，影响通行")
            try t.keys("C-s")
            let intake = try t.waitFor("✓ 受理诉求")
            let caseID = try #require(written(intake, "C"), "\(intake)")

            // Find it, triage it to two departments, and blow the whistle on both.
            try t.keys("/"); try t.enter(caseID)
            try t.waitFor("楼道堆放杂物")
            try t.keys("r")
            try t.waitFor(":route")
            try t.enter("coordinate")
            try t.enter("sanitation")
            try t.enter("urban-enforce")
            try t.keys("C-s")
            try t.waitFor("✓ 分类处置 \(caseID)")
            // The whistle form comes with the case's two departments already picked.
            try t.keys("w")
            try t.waitFor(":whistle")
            try t.waitFor("街道环卫所")
            try t.enter("routine")
            try t.keys("C-s")
            let blown = try t.waitFor("✓ 吹哨")
            let whistleID = try #require(written(blown, "W"), "\(blown)")

            // One report-in, typed in the command palette.
            try t.keys(":")
            try t.enter("report-in \(whistleID) --department sanitation --person 王队长")
            try t.waitFor("✓ 部门报到 \(whistleID)")
            try t.keys("q")
            try t.waitFor("STREETDESK-EXIT=0")

            let log = try Binary.run(["log", "--journal", journal, "--json"]).output.split(separator: "\n").suffix(4)
            let entries = try log.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            #expect(entries.map { $0["kind"] as? String } == ["case.intake", "case.routed", "whistle.blown", "whistle.summons"])
            #expect(entries.allSatisfy { $0["operator"] as? String == "李明" })
            #expect((entries[0]["payload"] as? [String: Any])?["summary"] as? String == "楼道堆放杂物，影响通行")
            #expect(((entries[2]["payload"] as? [String: Any])?["summons"] as? [Any])?.count == 2)
            #expect((entries[3]["payload"] as? [String: Any])?["note"] as? String == "王队长")
            #expect(try Binary.run(["verify", "--journal", journal]).status == 0)
        }
    }

    @Test func anotherConsolesEntryAppearsWithoutAKeyPress() throws {
        try withEnglishDesk { t, journal in
            try t.keys("/"); try t.enter("二号台")
            try t.waitFor("No match for this filter")
            let result = try Binary.run(["do", "intake", "--journal", journal, "--type", "help", "--category", "env.garbage",
                                         "--grid", "001001", "--summary", "二号台来电 \u{1B}[2J\u{1B}]0;pwned\u{07}"])
            #expect(result.status == 0)
            let screen = try t.waitFor("二号台来电", seconds: 5)
            // The escape sequence shows as visible text and did nothing to the terminal.
            #expect(screen.contains("␛[2J"))
            #expect(screen.contains("Complaints"))
            #expect(try t.tmux(["display-message", "-p", "#{pane_title}"]).contains("pwned") == false)
        }
    }

    @Test func resizeStormsAndATinyTerminal() throws {
        try withEnglishDesk { t, journal in
            try t.resize(width: 60, height: 20)
            // Laid out for 20 rows: the key hints on the last of them.
            try t.waitUntil("the desk at 60×20") { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return screen.contains("Complaints") && screen.contains("Summary") && lines.count >= 20 && lines[19].contains("? help")
            }
            #expect(try t.tmux(["display-message", "-p", "#{pane_width}x#{pane_height}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "60x20")
            try t.resize(width: 40, height: 10)
            try t.waitFor("Please enlarge the terminal")
            for size in [(90, 30), (50, 12), (120, 40), (61, 17), (200, 60)] { try t.resize(width: size.0, height: size.1) }
            try t.resize(width: 80, height: 24)
            try t.waitUntil("back at 80×24") { $0.contains("Complaints") && !$0.contains("enlarge") }
            try t.keys("q")
            try t.waitFor("STREETDESK-EXIT=0")
        }
    }

    @Test func escapeCancelsAFormAndWritesNothing() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let before = try Binary.run(["verify", "--journal", journal]).output
            let t = try desk(journal, lang: "C.UTF-8")
            try t.waitFor("Complaints")
            try t.keys("i")
            try t.waitFor(":intake")
            try t.enter("complaint")
            try t.keys("Escape")
            try t.waitFor("Discard what was typed?")
            try t.keys("y")
            try t.waitFor("nothing written")
            // An action the core refuses on the selected case says the core's reason and opens no form.
            try t.keys(":"); try t.enter("close")
            try t.waitFor("cannot close")
            try t.waitUntil("no form opened") { !$0.contains(":close") && !$0.contains("Ctrl-S") }
            try t.keys("q")
            try t.waitFor("STREETDESK-EXIT=0")
            #expect(try Binary.run(["verify", "--journal", journal]).output == before)
        }
    }

    @Test func ctrlCAsksBeforeQuittingAndRestoresTheTerminal() throws {
        try withEnglishDesk { t, journal in
            try t.keys("C-c")
            try t.waitFor("Quit the desk?")
            try t.keys("n")
            try t.waitUntil("still at the desk") { !$0.contains("Quit the desk?") && $0.contains("Complaints") }
            try t.keys("C-c")
            try t.waitFor("Quit the desk?")
            try t.keys("y")
            try t.waitFor("STREETDESK-EXIT=0")
            let modes = try t.waitUntil("the tty modes") { $0.contains("icanon") }
            #expect(modes.contains("icanon echo"))
        }
    }

    /// A work order pasted into a note keeps its line break, and none of it is read as keys:
    /// the `3` after the break does not open board 3.
    @Test func aPastedWorkOrderIsTextInTheFieldNeverKeys() throws {
        try withEnglishDesk { t, journal in
            try t.keys("Enter")
            try t.waitFor("Timeline")
            try t.keys("n")
            try t.waitFor(":progress")
            try t.tmux(["set-buffer", "已联系物业\n3"])
            try t.tmux(["paste-buffer", "-p"])
            try t.waitFor("已联系物业␊3")
            #expect(try t.screen().contains(":progress"))
            try t.keys("C-s")
            try t.waitFor("journaled as")
            let log = try Binary.run(["log", "--journal", journal, "--json"]).output
            #expect(log.split(separator: "\n").last?.contains("已联系物业\\n3") == true, "\(log.suffix(400))")
            try t.keys("q")
        }
    }

    @Test func aBadThemeIsNamedBeforeTheScreenIsTaken() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let theme = dir + "/bad.yaml"
            try "name: bad\nroles:\n  overdue: { fg: ultraviolet }\n".write(toFile: theme, atomically: true, encoding: .utf8)
            let result = try Binary.run(["desk", "--journal", journal, "--theme", theme])
            #expect(result.status == 2)
            #expect(result.error.contains("bad.yaml"))
            #expect(result.error.contains("ultraviolet"))
            let unknown = try Binary.run(["desk", "--journal", journal, "--theme", "neon"])
            #expect(unknown.status == 2)
            #expect(unknown.error.contains("neon"))
            // A theme installed under the config folder is found by name (and checked the same way).
            let themes = dir + "/config/streetdesk/themes"
            try FileManager.default.createDirectory(atPath: themes, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: theme, toPath: themes + "/neon.yaml")
            let installed = try Binary.run(["desk", "--journal", journal, "--theme", "neon"], environment: ["XDG_CONFIG_HOME": dir + "/config"])
            #expect(installed.error.contains("ultraviolet"), "\(installed.error)")
        }
    }

    @Test func sigtermRestoresTheTerminal() throws {
        try withEnglishDesk { t, journal in
            let pid = try t.tmux(["display-message", "-p", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            _ = try shell("/usr/bin/pkill", ["-TERM", "-P", pid, "-x", "streetdesk"])
            // The terminal is back in the shell's modes: canonical input with echo.
            let screen = try t.waitFor("STREETDESK-EXIT=143")
            let modes = try t.waitUntil("the tty modes") { $0.contains("icanon") }
            #expect(modes.contains("icanon echo"), "\(screen)")
            #expect(!modes.contains("-icanon") && !modes.contains("-echo"))
        }
    }
}
