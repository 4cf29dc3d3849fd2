import DeskCore
import DeskTraining
import Foundation
import Testing

/// `train --class`: several trainees' journals of one scenario, summarized per trainee and per expected action.
@Suite struct ClassSummaryTests {
    typealias Practice = ScoringTests.Practice

    func run(_ practice: Practice, _ trainee: String, _ journal: String, text: String? = nil) throws -> ClassRun {
        let name = practice.scenario.id
        let mark = PracticeStarted(scenario: name, text: try text ?? #require(BuiltinScenarios.text(name)), trainee: trainee, speed: 1)
        var practice = practice
        try practice.playScript(through: practice.scenario.end)
        return ClassRun(journal: journal, mark: mark, entries: practice.entries)
    }

    func triage(_ lines: [(Int, String)]) throws -> Practice {
        var practice = try Practice("triage-four")
        for (minute, line) in lines { try practice.trainee(minute, line) }
        return practice
    }

    @Test func theClassIsSummarizedPerTraineeAndPerExpectedAction() throws {
        let right = try triage([(2, "route $garbage --outcome handle"),
                                (4, "route $build --outcome coordinate --department urban-enforce --department city-mgmt"),
                                (6, "route $water --outcome transfer --department water"), (7, "contact $water --note 已联系"),
                                (9, "route $nobody --outcome report-up")])
        let halfway = try triage([(3, "route $garbage --outcome handle"), (20, "route $water --outcome transfer --department water")])
        let wrong = try triage([(2, "route $garbage --outcome transfer --department sanitation")])
        let (scenario, summary) = try ClassSummary.make([try run(wrong, "丙", "c/practice.journal"), try run(halfway, "乙", "b/practice.journal"),
                                                         try run(right, "甲", "a/practice.journal")])
        #expect(summary.scenario == "triage-four")
        #expect(summary.trainees.map(\.trainee) == ["甲", "乙", "丙"])
        #expect(summary.trainees.map(\.score) == [100, 33, 0])
        let second = summary.trainees[1]
        #expect([second.met, second.late, second.wrong, second.missed] == [Int]([1, 1, 0, 3]))
        #expect(second.journal == "b/practice.journal")
        #expect(second.medianTaken == 2 * 60)    // garbage in 2 min, water in 15: the lower middle

        let garbage = summary.actions[0]
        #expect(garbage.on == "garbage")
        #expect(garbage.article == 17)
        #expect(garbage.met == ["甲", "乙"])
        #expect(garbage.wrong == ["丙"])
        #expect(garbage.missed.isEmpty)
        #expect(garbage.medianTaken == 60)
        let water = summary.actions[2]
        #expect(water.met == ["甲"])
        #expect(water.late == ["乙"])
        #expect(water.missed == ["丙"])
        #expect(summary.actions[4].met == ["甲"])
        #expect(summary.actions[4].medianTaken == 2 * 60)

        let report = summary.markdown(.en, scenario: scenario)
        #expect(report.contains("| 乙 | 33% | 1 | 1 | 0 | 3 | 2m |"))
        #expect(report.contains("| triage (Art 17) `route` | water | Art 17 | 1/3 甲 | 1m | 乙 (late), 丙 (missed) |"))
        #expect(summary.markdown(.zh, scenario: scenario).contains("乙（超时）、丙（未做）"))
        let data = try JSONEncoder().encode(summary)
        #expect(try JSONDecoder().decode(ClassSummary.self, from: data) == summary)
    }

    @Test func journalsOfDifferentScenariosAreRefused() throws {
        let triage = try run(try Practice("triage-four"), "甲", "a.journal")
        let hotline = try run(try Practice("hotline-return"), "乙", "b.journal")
        #expect(throws: ClassRefusal.mixed(["triage-four": ["a.journal"], "hotline-return": ["b.journal"]])) {
            try ClassSummary.make([triage, hotline])
        }
        let message = ClassRefusal.mixed(["triage-four": ["a.journal"], "hotline-return": ["b.journal"]]).message(.en, folder: "class")
        #expect(message.contains("different scenarios") && message.contains("scenario hotline-return: b.journal"))
        let edited = try run(try Practice("triage-four"), "乙", "b.journal", text: BuiltinScenarios.text("triage-four")! + "# edited\n")
        #expect(throws: ClassRefusal.edited("triage-four", "a.journal", ["b.journal"])) { try ClassSummary.make([triage, edited]) }
        #expect(throws: ClassRefusal.noJournals) { try ClassSummary.make([]) }
    }
}
