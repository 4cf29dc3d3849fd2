import DeskCore
import DeskDemo
import DeskTraining
import Foundation
import Testing

/// Scoring reads only the practice journal's entries: built here in memory, as the desk would write them.
@Suite struct ScoringTests {
    /// A practice journal in memory: the scenario's lines played at their times, the trainee's
    /// lines at the minutes given.
    struct Practice {
        let scenario: Scenario
        var state = DeskState()
        var entries = [Recorded]()
        var player: ScriptPlayer

        init(_ name: String) throws {
            scenario = try #require(try BuiltinScenarios.load(name))
            let street = scenario.street(try DemoProfile.load(), trainee: "学员")
            player = ScriptPlayer(scenario: scenario, street: street)
            write(.streetConfigured(street), at: scenario.start, console: "x")
            write(.practiceStarted(PracticeStarted(scenario: name, text: "", trainee: "学员", speed: 1)), at: scenario.start, console: "x")
        }

        mutating func write(_ event: DeskEvent, at: Date, by name: String = "学员", console: String) {
            let recorded = Recorded(seq: Int64(entries.count + 1), at: at, operatorName: name, console: console, event: event)
            state.apply(recorded)
            entries.append(recorded)
        }

        /// Plays the scenario's lines due by `minute`, then the trainee's line at that minute.
        mutating func trainee(_ minute: Int, _ line: String) throws {
            let at = scenario.start.addingTimeInterval(TimeInterval(minute * 60))
            try playScript(through: at)
            let words = ActionLine.words(line).map { $0.hasPrefix("$") ? labels[String($0.dropFirst())] ?? $0 : $0 }
            let spec = try #require(ActionCatalog.named(words[0]))
            var arguments = ActionArguments(streetCode: state.street?.profile.street.code, now: at, timeZone: .current)
            try ActionLine.read(Array(words.dropFirst()), for: spec, into: &arguments)
            for event in try state.decide(try spec.command(arguments), at: at, by: "学员") { write(event, at: at, console: "desk") }
        }

        mutating func playScript(through at: Date) throws {
            while let index = player.due(at: at) {
                let before = entries.count
                let time = player.time(of: index)
                for event in try state.decide(try player.command(index), at: time, by: "脚本") {
                    write(event, at: time, by: "脚本", console: ScriptPlayer.console(index))
                }
                player.played(index, Array(entries[before...]))
            }
        }

        var labels: [String: String] { player.labels }

        mutating func debrief() throws -> Debrief {
            try playScript(through: scenario.end)
            return Debrief.score(scenario, entries: entries, trainee: "学员")
        }
    }

    @Test func aRightRunScoresFull() throws {
        var run = try Practice("triage-four")
        try run.trainee(2, "route $garbage --outcome handle")
        try run.trainee(4, "route $build --outcome coordinate --department urban-enforce --department city-mgmt")
        try run.trainee(6, "route $water --outcome transfer --department water")
        try run.trainee(7, "contact $water --note 已联系")
        try run.trainee(9, "route $nobody --outcome report-up")
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == Array(repeating: .met, count: 5))
        #expect(debrief.score == 100)
        #expect(debrief.earned == 45)
        #expect(debrief.unexpected.isEmpty)
        #expect(debrief.results[2].taken == 60)
    }

    @Test func aWrongAndLateRunNamesEachMissAndItsArticle() throws {
        var run = try Practice("triage-four")
        try run.trainee(2, "route $garbage --outcome transfer --department sanitation")  // wrong outcome
        try run.trainee(20, "route $build --outcome coordinate --department urban-enforce --department city-mgmt")  // late: 17 min
        try run.trainee(21, "progress $water --note 在查")  // not expected
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == [.wrong, .late, .missed, .missed, .missed])
        #expect(debrief.earned == 5)
        #expect(debrief.score == 11)
        #expect(debrief.results[1].taken == 17 * 60)
        #expect(debrief.results.allSatisfy { $0.article == 17 })
        #expect(debrief.unexpected.map(\.action) == ["progress"])
        let report = debrief.markdown(.en, scenario: run.scenario, zone: .current)
        #expect(report.contains("- wrong `route` C0001: Art 17 (within the street's duties: handle it)"))
        #expect(report.contains("- missed `route`"))
        #expect(report.contains("Art 17"))
        let zh = debrief.markdown(.zh, scenario: run.scenario, zone: .current)
        #expect(zh.contains("《条例》第十七条"))
    }

    @Test func anItemTheTraineeCreatedIsFollowedByLaterExpectations() throws {
        var run = try Practice("art26-joint-enforcement")
        try run.trainee(5, "dispatch --finding $vendors --lead urban-enforce --department police --place 早市")
        let dispatch = try #require(run.entries.last?.event.subject)
        try run.trainee(20, "unit-status \(dispatch) --department urban-enforce --status on-scene")
        try run.trainee(25, "unit-status \(dispatch) --department urban-enforce --status cleared")
        try run.trainee(26, "unit-status \(dispatch) --department police --status cleared")
        try run.trainee(30, "conclude \(dispatch) --outcome investigated --findings 已查处")
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == [.met, .met, .wrong])
        #expect(debrief.results[2].item == dispatch)
        #expect(debrief.unexpected.count == 2)
    }

    @Test func theDebriefIsTheSameReadBackFromJSON() throws {
        var run = try Practice("hotline-return")
        try run.trainee(3, "return $misdirected --rule 不属本街道辖区 --reason 邻街道小区")
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == [.met, .missed])
        let data = try JSONEncoder().encode(debrief)
        #expect(try JSONDecoder().decode(Debrief.self, from: data) == debrief)
    }

    @Test func aRightRunOfTheUtilityOutageScoresFull() throws {
        var run = try Practice("utility-outage")
        try run.trainee(2, "route $outage --outcome transfer --department power")
        try run.trainee(3, "contact $outage --note 已告知正在抢修")
        try run.trainee(4, "merge $second --into $outage")
        try run.trainee(7, "merge $third --into $outage")
        try run.trainee(9, "route $pump --outcome transfer --department water")
        try run.trainee(12, "merge $fourth --into $outage")
        try run.trainee(30, "feedback $outage --note 已恢复供电")
        try run.trainee(37, "rate-utility --department power --score 2 --rater resident --note 停电未提前通知")
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == Array(repeating: .met, count: 8))
        #expect(debrief.unexpected.isEmpty)
    }

    @Test func aRightRunOfTheBusyHourScoresFull() throws {
        var run = try Practice("busy-hour")
        try run.trainee(3, "route $garbage --outcome handle")
        try run.trainee(6, "return $misdirected --rule 不属本街道辖区 --reason 邻街道小区")
        try run.trainee(10, "dispatch --finding $vendors --lead urban-enforce --place 早市")
        let dispatch = try #require(run.entries.last?.event.subject)
        try run.trainee(15, "route $outage --outcome transfer --department power")
        try run.trainee(18, "merge $duplicate --into $outage")
        try run.trainee(22, "whistle --case $tree --type emergency --department greening --department power")
        try run.trainee(23, "contact $tree --note 已联系")
        try run.trainee(27, "refuse $lanewhistle --department urban-enforce --reason 称不属本队职责")
        try run.trainee(34, "unit-status \(dispatch) --department urban-enforce --status cleared")
        try run.trainee(35, "conclude \(dispatch) --outcome dissuaded --findings 摊贩已劝离")
        try run.trainee(39, "feedback $outage --note 已恢复供电")
        try run.trainee(45, "rate-utility --department power --score 3 --rater resident")
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == Array(repeating: .met, count: 12))
        #expect(debrief.score == 100)
        #expect(debrief.unexpected.isEmpty)
    }
}
