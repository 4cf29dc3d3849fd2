import DeskCore
import DeskUI
import Foundation
import Testing

/// The action-line parser as `streetdesk do` and the `:` palette use it, and the time and
/// duration parsers behind its options.
@Suite struct ActionLineFuzzTests {
    static let state = Fixture.state
    /// An open case still inside its time limit, so that an extension of it reaches the arithmetic.
    static let open = state.openCases().first { $0.resolveBy > Fixture.now }!.id.raw
    static let lines = [
        "intake --type complaint --category env.garbage --grid 001001 --summary 垃圾无人清运 --phone 13800001111 --address 3号楼",
        "route \(open) --outcome coordinate --department water --department gas --reason 多部门",
        "extend \(open) --by 2d --reason 等待配件", "contact \(open) --note 已联系", "urge \(open) --note 加快",
        "callback \(open) --solved yes --satisfaction satisfied --note 满意", "merge \(open) --into C0001",
        "whistle --case \(open) --type routine --department water --grid 001001 --summary 停水",
        "report-in W0001 --department water --person 王队长", "refuse W0001 --department water --reason 不归我们管",
        "dispatch --lead urban-enforce --department police --grid 001001 --place 东门 --at 14:30 --summary 占道",
        "dispatch --lead urban-enforce --grid 001001 --place 东门 --at 2026-11-27T14:30:00+08:00",
        "unit-status D0001 --department urban-enforce --status en-route", "conclude D0001 --outcome dissuaded --findings 已劝离",
        "patrol --grid 001002 --stage hazard --summary 井盖缺失 --category env.manhole", "handover --to 王静 --note 交班",
        "rate-utility --department water --score 4 --rater unit --note 及时", "reveal-phone \(open) --reason 回访",
    ]

    /// Every line is parsed, built into a command and decided against the demo street: a refusal
    /// is a `DeskError`, anything else is taken; nothing traps. Lines mutated as text, and lines
    /// whose option values are swapped for edge cases.
    @Test func actionLinesParseBuildAndDecideWithoutTrapping() {
        var taken = 0
        Fuzz.inputs(Self.lines, iterations: 4000, harness: 1) { line in taken += Self.decide(ActionLine.words(line)) }
        Fuzz.values(Self.lines, iterations: 4000, harness: 8) { words in taken += Self.decide(words) }
        #expect(taken > 100, "the mutations reach the rules, not only the parser (\(taken) taken)")
    }

    /// 1 when the line's command is taken, 0 when it is refused.
    static func decide(_ words: [String]) -> Int {
        guard let name = words.first, let spec = ActionCatalog.named(name) else { return 0 }
        var arguments = ActionArguments(streetCode: "110101099", now: Fixture.now, timeZone: StreetCalendar.beijing)
        do {
            try ActionLine.read(Array(words.dropFirst()), for: spec, into: &arguments)
            let events = try state.decide(try spec.command(arguments), at: Fixture.now, by: "赵建国")
            for event in events { _ = EventCoding.encode(event) }
            return 1
        } catch {
            _ = error.message(.zh) + error.message(.en)
        }
        return 0
    }

    /// The same lines typed into the desk's `:` palette.
    @Test func paletteLinesNeverKillTheDesk() {
        let (app, _) = Fixture.app(.en)
        Fuzz.inputs(Self.lines, iterations: 400, harness: 2) { line in
            app.press(.escape, .escape, .char(":"))
            app.type(line)
            app.press(.enter)
            _ = app.render(width: 100, height: 30)
        }
    }

    @Test func spansAndTimesParseOrAreRefused() {
        let seeds = ["30m", "2h", "7d", "3650d", "2026-11-27 14:00", "2026-11-27T14:00", "2026-11-27T14:00:00+08:00",
                     "2026-11-27T06:00:00.123Z", "14:30", "2026-11-27", "2024-02-29 23:59:59"]
        Fuzz.inputs(seeds, iterations: 10000, harness: 3) { text in
            if let span = TimeSpan(parsing: text) {
                #expect(span.seconds > 0 && span <= TimeSpan.maximum, "\(text.debugDescription)")
                _ = Timestamp.format(Fixture.now + span)
            }
            if let date = ClockText.parse(text, in: StreetCalendar.beijing) {
                _ = ClockText.stamp(date, in: StreetCalendar.beijing)
            }
            for day in [false, true] {
                if let date = try? ClockText.read(text, field: FieldLabel.asOf, in: StreetCalendar.beijing, now: Fixture.now, day: day) {
                    _ = Timestamp.format(date) + ClockText.countdown(to: date, from: Fixture.now)
                }
            }
        }
    }
}
