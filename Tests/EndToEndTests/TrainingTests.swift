import Foundation
import Testing

/// The built-in scenarios on the desk in tmux, on sped-up clocks, and their debriefs.
@Suite(.serialized) struct TrainingTests {
    @Test func aTraineePlaysHotlineReturnAndGetsTheDebrief() throws {
        try withScratch { dir in
            let journal = dir + "/practice.journal"
            let t = try Tmux("env LANG=C.UTF-8 XDG_DATA_HOME=\(dir) \(Binary.path) train hotline-return --trainee 学员甲 --speed 30 "
                             + "--journal \(journal); echo STREETDESK-EXIT=$?; sleep 60", width: 120, height: 40)
            try t.waitFor("TRAINING")
            try t.keys("2")
            try t.waitFor("C0001", seconds: 20)
            try t.keys(":")
            try t.enter("return C0001 --rule 不属本街道辖区 --reason 邻街道小区")
            try t.waitFor("#")
            try t.keys("q")
            let debrief = try t.waitFor("Debrief:", seconds: 20)
            #expect(debrief.contains("Score 50% (10 of 20 points)"))
            #expect(debrief.contains("TRAINING  paused"), "the clock stops at the debrief")
            try t.keys("q")
            let screen = try t.waitFor("STREETDESK-EXIT=0", seconds: 20)
            #expect(screen.contains("Score 50% (10 of 20 points)"))
            #expect(screen.contains("| met | ask to return a misdirected order `return` | C0001"))
            #expect(screen.contains("- missed `route`: Art 17 (it belongs to the housing department)"))

            // The journal alone gives the same debrief; an operations command refuses it.
            let copy = dir + "/copy.journal"
            try FileManager.default.copyItem(atPath: journal, toPath: copy)
            let scored = try Binary.run(["train", "--score", copy])
            #expect(scored.status == 0)
            #expect(scored.output == (try String(contentsOfFile: dir + "/report.md", encoding: .utf8)) + "\n")
            let refused = try Binary.run(["show", "--journal", copy])
            #expect(refused.status == 2)
            #expect(refused.error.contains("is a practice journal"))
            try FileManager.default.removeItem(atPath: copy)

            // A second trainee returns the order late and transfers nothing: the class shows who learned what.
            let (_, _, report) = try Self.lateReturn.play(as: "学员乙", in: dir)
            try Self.expectMisses(Self.lateReturn, report)
            let summary = try Binary.run(["train", "--class", dir])
            #expect(summary.status == 0)
            #expect(summary.output.contains("(2 practice journals)"))
            #expect(summary.output.contains("| 学员甲 | 50% | 1 | 0 | 0 | 1 |"))
            #expect(summary.output.contains("| 学员乙 | 25% | 0 | 1 | 1 | 0 |"))
            #expect(summary.output.contains("| 0/2 - | - | 学员乙 (wrong), 学员甲 (missed) |"))
            let json = try Binary.run(["train", "--class", dir, "--json"])
            let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
            #expect((decoded?["trainees"] as? [[String: Any]])?.compactMap { $0["trainee"] as? String } == ["学员甲", "学员乙"])
        }
    }

    /// Each built-in scenario done wrong or late, on a fast clock: the debrief names each miss and its
    /// article (hotline-return's late run is the second trainee's above).
    @Test(arguments: wrongRuns)
    func aScenarioDoneWrongOrLateNamesEachMissAndItsArticle(_ drill: Drill) throws {
        try withScratch { dir in
            let (debrief, screen, report) = try drill.play(as: "学员丙", in: dir)
            #expect(debrief.contains("Score "))
            #expect(screen.contains("Score "))
            try Self.expectMisses(drill, report)
        }
    }

    /// Every built-in scenario done right and in time on the desk, keys and all: the full score,
    /// every expectation met, in the desk's debrief and in report.md.
    @Test(arguments: rightRuns)
    func aScenarioDoneRightScoresFull(_ drill: Drill) throws {
        try withScratch { dir in
            let (debrief, _, report) = try drill.play(as: "学员丁", in: dir)
            #expect(debrief.contains("Score 100%"), "\(debrief)")
            #expect(report.contains("Score 100%"))
            let rows = report.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| verdict") }
            #expect(rows.count == drill.expected && rows.allSatisfy { $0.hasPrefix("| met |") }, "\(rows)")
            #expect(Drill.missLines(report).isEmpty)
            #expect(report.contains("## Done but not expected\n\nnone"))
        }
    }

    /// No built-in scenario is left without its right run on the desk.
    @Test func everyBuiltinScenarioHasARightRunOnTheDesk() throws {
        let listed = try Binary.run(["train", "--list"]).output.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t").first.map(String.init) }
        #expect(!listed.isEmpty)
        #expect(Set(listed) == Set(Self.rightRuns.map(\.scenario)))
    }

    /// The ids are those the desk gives: the scenario's own items first (C0001, W0001, P0001),
    /// then the trainee's (D0001).
    static let rightRuns = [
        Drill(scenario: "art44-refusal", speed: 30, steps: [
            .init(clock: "14:03", line: "report-in W0001 --department sanitation --person 张队长", done: "report in W0001: journaled"),
            .init(clock: "14:06", line: "refuse W0001 --department urban-enforce --reason 称不属本队职责", done: "record a refusal (Art 44) W0001: journaled", confirm: true),
            .init(clock: "14:06", line: "route C0001 --outcome report-up", done: "triage (Art 17) C0001: journaled"),
        ], misses: [], quitAt: "14:06", expected: 3),
        Drill(scenario: "art26-joint-enforcement", speed: 30, steps: [
            .init(clock: "07:02", line: "dispatch --finding P0001 --lead urban-enforce --place 早市", done: "dispatch joint enforcement D0001: journaled"),
            .init(clock: "07:02", line: "unit-status D0001 --department urban-enforce --status on-scene", done: "unit status D0001: journaled"),
            .init(clock: "07:02", line: "unit-status D0001 --department urban-enforce --status cleared", done: "unit status D0001: journaled"),
            .init(clock: "07:02", line: "conclude D0001 --outcome dissuaded --findings 摊贩已劝离", done: "conclude the dispatch D0001: journaled"),
        ], misses: [], quitAt: "07:02", expected: 4),
        Drill(scenario: "triage-four", speed: 60, steps: [
            .init(clock: "09:02", line: "route C0001 --outcome handle", done: "triage (Art 17) C0001: journaled"),
            .init(clock: "09:04", line: "route C0002 --outcome coordinate --department urban-enforce --department city-mgmt",
                  done: "triage (Art 17) C0002: journaled"),
            .init(clock: "09:06", line: "route C0003 --outcome transfer --department water", done: "triage (Art 17) C0003: journaled"),
            .init(clock: "09:06", line: "contact C0003 --note 已联系", done: "contact the complainant C0003: journaled"),
            .init(clock: "09:08", line: "route C0004 --outcome report-up", done: "triage (Art 17) C0004: journaled"),
        ], misses: [], quitAt: "09:08", expected: 5),
        Drill(scenario: "hotline-return", speed: 60, steps: [
            .init(clock: "10:02", line: "return C0001 --rule 不属本街道辖区 --reason 邻街道小区", done: "C0001: journaled"),
            .init(clock: "10:05", line: "route C0002 --outcome transfer --department housing", done: "triage (Art 17) C0002: journaled"),
        ], misses: [], quitAt: "10:05", expected: 2),
        Drill(scenario: "emergency-whistle", speed: 60, steps: [
            .init(clock: "16:01", line: "contact C0001 --note 已联系诉求人", done: "contact the complainant C0001: journaled"),
            .init(clock: "16:06", line: "report-in W0001 --department power --person 刘工", done: "W0001: journaled"),
            .init(clock: "16:31", line: "urge-summons W0001 --department greening --note 请立即到场",
                  done: "urge a department late to report in W0001: journaled"),
        ], misses: [], quitAt: "16:31", expected: 3),
        Drill(scenario: "utility-outage", speed: 90, steps: [
            .init(clock: "19:02", line: "route C0001 --outcome transfer --department power", done: "triage (Art 17) C0001: journaled"),
            .init(clock: "19:02", line: "contact C0001 --note 已告知正在抢修", done: "contact the complainant C0001: journaled"),
            .init(clock: "19:04", line: "merge C0002 --into C0001", done: "C0002: journaled"),
            .init(clock: "19:07", line: "merge C0003 --into C0001", done: "C0003: journaled"),
            .init(clock: "19:09", line: "route C0004 --outcome transfer --department water", done: "triage (Art 17) C0004: journaled"),
            .init(clock: "19:12", line: "merge C0005 --into C0001", done: "C0005: journaled"),
            .init(clock: "19:29", line: "feedback C0001 --note 已恢复供电", done: "feedback to the complainant C0001: journaled"),
            .init(clock: "19:36", line: "rate-utility --department power --score 2 --rater resident --note 停电未提前通知",
                  done: "rate a utility (Art 45)"),
        ], misses: [], quitAt: "19:36", expected: 8),
        Drill(scenario: "busy-hour", speed: 60, steps: [
            .init(clock: "08:03", line: "route C0002 --outcome handle", done: "triage (Art 17) C0002: journaled"),
            .init(clock: "08:06", line: "return C0003 --rule 不属本街道辖区 --reason 邻街道小区", done: "C0003: journaled"),
            .init(clock: "08:10", line: "dispatch --finding P0001 --lead urban-enforce --place 早市", done: "D0001: journaled"),
            .init(clock: "08:15", line: "route C0004 --outcome transfer --department power", done: "triage (Art 17) C0004: journaled"),
            .init(clock: "08:18", line: "merge C0005 --into C0004", done: "C0005: journaled"),
            .init(clock: "08:22", line: "whistle --case C0006 --type emergency --department greening --department power", done: "W0002: journaled"),
            .init(clock: "08:22", line: "contact C0006 --note 已联系", done: "contact the complainant C0006: journaled"),
            .init(clock: "08:27", line: "refuse W0001 --department urban-enforce --reason 称不属本队职责", done: "W0001: journaled", confirm: true),
            .init(clock: "08:28", line: "unit-status D0001 --department urban-enforce --status cleared", done: "unit status D0001: journaled"),
            .init(clock: "08:28", line: "conclude D0001 --outcome dissuaded --findings 摊贩已劝离", done: "conclude the dispatch D0001: journaled"),
            .init(clock: "08:39", line: "feedback C0004 --note 已恢复供电", done: "feedback to the complainant C0004: journaled"),
            .init(clock: "08:45", line: "rate-utility --department power --score 3 --rater resident", done: "rate a utility (Art 45)"),
        ], misses: [], quitAt: "08:45", expected: 12),
    ]

    static func expectMisses(_ drill: Drill, _ report: String) throws {
        let lines = Drill.missLines(report)
        #expect(lines.count == drill.misses.count, "\(drill.scenario): \(lines)")
        for (line, miss) in zip(lines, drill.misses) {
            #expect(line.hasPrefix("- \(miss.verdict) `\(miss.action)`") && line.contains(": \(miss.source)"), "\(drill.scenario): \(line)")
        }
    }

    static let lateReturn = Drill(scenario: "hotline-return", speed: 120, steps: [
        .init(clock: "10:17", line: "return C0001 --rule 不属本街道辖区 --reason 邻街道小区", done: "C0001: journaled"),
        .init(clock: "10:17", line: "route C0002 --outcome handle", done: "C0002: journaled"),
    ], misses: [("late", "return", "hotline practice"), ("wrong", "route", "Art 17")], quitAt: "10:17")

    static let wrongRuns = [
        Drill(scenario: "triage-four", speed: 60, steps: [
            .init(clock: "09:02", line: "route C0001 --outcome transfer --department sanitation", done: "C0001: journaled"),
        ], misses: [("wrong", "route", "Art 17"), ("missed", "route", "Art 17"), ("missed", "route", "Art 17"),
                    ("missed", "contact", "Art 17"), ("missed", "route", "Art 17")], quitAt: "09:08"),
        Drill(scenario: "art44-refusal", speed: 120, steps: [
            .init(clock: "14:27", line: "route C0001 --outcome report-up", done: "C0001: journaled"),
        ], misses: [("missed", "report-in", "Art 5"), ("missed", "refuse", "Art 44"), ("late", "route", "Art 17")], quitAt: "14:27"),
        Drill(scenario: "art26-joint-enforcement", speed: 60, steps: [
            .init(clock: "07:03", line: "dispatch --finding P0001 --lead street-enforce --place 早市", done: "D0001: journaled"),
        ], misses: [("wrong", "dispatch", "Art 26"), ("missed", "unit-status", "Art 26"), ("missed", "unit-status", "Art 26"),
                    ("missed", "conclude", "Art 26")], quitAt: "07:03"),
        Drill(scenario: "emergency-whistle", speed: 60, steps: [
            .init(clock: "16:01", line: "report-in W0001 --department greening --person 王工", done: "W0001: journaled"),
        ], misses: [("missed", "contact", "Art 17"), ("wrong", "report-in", "Art 5"), ("missed", "urge-summons", "Art 44")], quitAt: "16:01"),
        Drill(scenario: "utility-outage", speed: 90, steps: [
            .init(clock: "19:12", line: "merge C0004 --into C0001", done: "C0004: journaled"),
            .init(clock: "19:12", line: "route C0001 --outcome transfer --department water", done: "C0001: journaled"),
        ], misses: [("wrong", "route", "Art 17"), ("missed", "merge", "hotline practice"), ("missed", "merge", "hotline practice"),
                    ("missed", "route", "Art 17"), ("missed", "merge", "hotline practice"), ("missed", "contact", "Art 17"),
                    ("missed", "feedback", "Art 17"), ("missed", "rate-utility", "Art 45")], quitAt: "19:12"),
        Drill(scenario: "busy-hour", speed: 120, steps: [
            .init(clock: "08:06", line: "route C0002 --outcome transfer --department sanitation", done: "C0002: journaled"),
        ], misses: [("wrong", "route", "Art 17"), ("missed", "return", "hotline practice"), ("missed", "dispatch", "Art 26"),
                    ("missed", "route", "Art 17"), ("missed", "merge", "hotline practice"), ("missed", "whistle", "Art 5"),
                    ("missed", "contact", "Art 17"), ("missed", "refuse", "Art 44"), ("missed", "unit-status", "Art 26"),
                    ("missed", "conclude", "Art 26"), ("missed", "feedback", "Art 17"), ("missed", "rate-utility", "Art 45")], quitAt: "08:06"),
    ]
}
