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
        /// Items the trainee's own lines created, by the label the test gave them.
        var created = [String: String]()

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
        mutating func trainee(_ minute: Int, _ line: String, as label: String? = nil) throws {
            let at = scenario.start.addingTimeInterval(TimeInterval(minute * 60))
            try playScript(through: at)
            let words = ActionLine.words(line).map { $0.hasPrefix("$") ? labels[String($0.dropFirst())] ?? $0 : $0 }
            let spec = try #require(ActionCatalog.named(words[0]))
            var arguments = ActionArguments(streetCode: state.street?.profile.street.code, now: at, timeZone: .current)
            try ActionLine.read(Array(words.dropFirst()), for: spec, into: &arguments)
            let events = try state.decide(try spec.command(arguments), at: at, by: "学员")
            for event in events { write(event, at: at, console: "desk") }
            if let label, let subject = events.first?.subject { created[label] = subject }
        }

        mutating func playScript(through at: Date) throws {
            while let index = player.due(at: at) {
                player.bind(Debrief.traineeLabels(scenario, entries: entries))
                let before = entries.count
                let time = player.time(of: index)
                for event in try state.decide(try player.command(index), at: time, by: "脚本") {
                    write(event, at: time, by: "脚本", console: ScriptPlayer.console(index))
                }
                player.played(index, Array(entries[before...]))
            }
        }

        var labels: [String: String] { player.labels.merging(created) { $1 } }

        mutating func debrief() throws -> Debrief {
            try playScript(through: scenario.end)
            return Debrief.score(scenario, entries: entries, trainee: "学员")
        }
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
        #expect(debrief.results.map(\.verdict) == [.met, .met, .met, .wrong])
        #expect(debrief.results[3].item == dispatch)
        #expect(debrief.unexpected.map(\.action) == ["unit-status"])
    }

    @Test func theDebriefIsTheSameReadBackFromJSON() throws {
        var run = try Practice("hotline-return")
        try run.trainee(3, "return $misdirected --rule 不属本街道辖区 --reason 邻街道小区")
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == [.met, .missed])
        let data = try JSONEncoder().encode(debrief)
        #expect(try JSONDecoder().decode(Debrief.self, from: data) == debrief)
    }

    /// A trainee's line at a simulated minute; `as` names the item it wrote (a dispatch the
    /// trainee created) for later lines, as `$label`.
    struct Step: Sendable {
        var minute: Int
        var line: String
        var label: String?

        init(_ minute: Int, _ line: String, as label: String? = nil) {
            self.minute = minute
            self.line = line
            self.label = label
        }
    }

    /// Each built-in scenario done right and in time, through the palette's own action lines.
    static let rightRuns: [String: [Step]] = [
        "triage-four": [
            Step(2, "route $garbage --outcome handle"),
            Step(4, "route $build --outcome coordinate --department urban-enforce --department city-mgmt"),
            Step(6, "route $water --outcome transfer --department water"),
            Step(7, "contact $water --note 已联系"),
            Step(9, "route $nobody --outcome report-up"),
        ],
        "art44-refusal": [
            Step(4, "report-in $lanewhistle --department sanitation --person 张队长"),
            Step(7, "refuse $lanewhistle --department urban-enforce --reason 称建筑垃圾不属本队职责"),
            Step(10, "route $lane --outcome report-up --reason 城管执法队拒不报到，协调不成"),
        ],
        "art26-joint-enforcement": [
            Step(5, "dispatch --finding $vendors --lead urban-enforce --place 早市", as: "operation"),
            Step(20, "unit-status $operation --department urban-enforce --status on-scene"),
            Step(28, "unit-status $operation --department urban-enforce --status cleared"),
            Step(30, "conclude $operation --outcome dissuaded --findings 摊贩已劝离"),
        ],
        "emergency-whistle": [
            Step(3, "contact $tree --note 已联系诉求人"),
            Step(6, "report-in $treewhistle --department power --person 刘工"),
            Step(35, "urge-summons $treewhistle --department greening --note 请立即到场"),
        ],
        "hotline-return": [
            Step(3, "return $misdirected --rule 不属本街道辖区 --reason 邻街道小区"),
            Step(6, "route $roof --outcome transfer --department housing"),
        ],
        "utility-outage": [
            Step(2, "route $outage --outcome transfer --department power"),
            Step(3, "contact $outage --note 已告知正在抢修"),
            Step(4, "merge $second --into $outage"),
            Step(7, "merge $third --into $outage"),
            Step(9, "route $pump --outcome transfer --department water"),
            Step(12, "merge $fourth --into $outage"),
            Step(30, "feedback $outage --note 已恢复供电"),
            Step(37, "rate-utility --department power --score 2 --rater resident --note 停电未提前通知"),
        ],
        "busy-hour": [
            Step(3, "route $garbage --outcome handle"),
            Step(6, "return $misdirected --rule 不属本街道辖区 --reason 邻街道小区"),
            Step(10, "dispatch --finding $vendors --lead urban-enforce --place 早市", as: "operation"),
            Step(15, "route $outage --outcome transfer --department power"),
            Step(18, "merge $duplicate --into $outage"),
            Step(22, "whistle --case $tree --type emergency --department greening --department power"),
            Step(23, "contact $tree --note 已联系"),
            Step(27, "refuse $lanewhistle --department urban-enforce --reason 称不属本队职责"),
            Step(34, "unit-status $operation --department urban-enforce --status cleared"),
            Step(35, "conclude $operation --outcome dissuaded --findings 摊贩已劝离"),
            Step(39, "feedback $outage --note 已恢复供电"),
            Step(45, "rate-utility --department power --score 3 --rater resident"),
        ],
    ]

    @Test func everyBuiltinScenarioHasARightRun() {
        #expect(Set(Self.rightRuns.keys) == Set(BuiltinScenarios.names))
    }

    /// Done right and in time, every expectation is met: none asks what the trainee cannot do.
    @Test(arguments: BuiltinScenarios.names)
    func aRightRunScoresFull(_ name: String) throws {
        var run = try Practice(name)
        for step in Self.rightRuns[name] ?? [] {
            try run.trainee(step.minute, step.line, as: step.label)
        }
        let debrief = try run.debrief()
        #expect(debrief.results.map(\.verdict) == Array(repeating: .met, count: run.scenario.expect.count), "\(debrief.results)")
        #expect(debrief.score == 100)
        #expect(debrief.earned == debrief.possible)
        #expect(debrief.possible > 0)
        #expect(debrief.unexpected.isEmpty, "\(debrief.unexpected)")
    }

    /// busy-hour's enforcement team reports its unit on scene, on the dispatch the trainee made.
    @Test func aLineAboutTheTraineesItemIsPlayedOnIt() throws {
        var run = try Practice("busy-hour")
        let line = try #require(run.scenario.script.firstIndex { $0.line.hasPrefix("unit-status $operation") })
        #expect(run.player.unbound(line) == ["operation"])
        try run.trainee(10, "dispatch --finding $vendors --lead urban-enforce --place 早市")
        let dispatch = try #require(run.entries.last?.event.subject)
        #expect(Debrief.traineeLabels(run.scenario, entries: run.entries) == ["operation": dispatch])
        _ = try run.debrief()
        let played = try #require(run.entries.first { $0.console == ScriptPlayer.console(line) })
        #expect(played.event.subject == dispatch)
        #expect(played.operatorName == "脚本")
    }

    @Test func theTimeTakenCountsFromTheItemsArrival() throws {
        var run = try Practice("triage-four")
        try run.trainee(6, "route $water --outcome transfer --department water")
        let debrief = try run.debrief()
        #expect(debrief.results[2].verdict == .met)
        #expect(debrief.results[2].taken == 60)
    }
}
