import DeskCore
import DeskDemo
import DeskTraining
import Foundation
import Testing

/// A real journal's entries as a replay copies them onto a practice journal, and the scenario it plays as.
@Suite struct ReplayTests {
    /// The real desk: the demo street, with entries decided by the core from palette lines.
    struct Desk {
        var state = DeskState()
        var entries = [Recorded]()
        let start = Date(timeIntervalSince1970: 1_795_759_200)

        init() throws {
            record(.streetConfigured(try DemoProfile.load()))
        }

        mutating func record(_ event: DeskEvent) {
            let recorded = Recorded(seq: state.lastSeq + 1, at: start, operatorName: "王静", console: "desk", event: event)
            state.apply(recorded)
            entries.append(recorded)
        }

        @discardableResult
        mutating func perform(_ line: String) throws -> [DeskEvent] {
            let words = ActionLine.words(line)
            let spec = try #require(ActionCatalog.named(words[0]))
            var arguments = ActionArguments(streetCode: state.street?.profile.street.code, now: start, timeZone: .current)
            try ActionLine.read(Array(words.dropFirst()), for: spec, into: &arguments)
            let events = try state.decide(try spec.command(arguments), at: start, by: "王静")
            events.forEach { record($0) }
            return events
        }
    }

    @Test func phonesAndNamesAreMaskedAndTheStreetIsLeftOut() throws {
        var desk = try Desk()
        let intake = try desk.perform("intake --type complaint --category env.garbage --grid 001003 "
                                      + "--summary \"王先生来电：垃圾满溢，回电 13912345678 或 010-6512345\" --phone 13800005555")
        var copy = ReplayCopy()
        #expect(copy.copy(desk.entries[0].event, counts: DeskState().counts) == nil)
        guard case .caseTakenIn(let taken) = copy.copy(intake[0], counts: DeskState().counts) else {
            Issue.record("not an intake")
            return
        }
        #expect(taken.phone == "138****5555")
        #expect(taken.summary == "某先生来电：垃圾满溢，回电 139****5678 或 010-*******")
        #expect(!taken.summary.contains("13912345678"))
        #expect(taken.category.raw == "env.garbage")
    }

    @Test func recordsAreRenumberedAfterThePracticeJournalsOwn() throws {
        var desk = try Desk()
        for n in 1...5 { try desk.perform("intake --type complaint --category env.garbage --grid 001003 --summary 垃圾\(n)") }
        let routed = try desk.perform("route C0005 --outcome coordinate --department sanitation --department urban-enforce")
        let blown = try desk.perform("whistle --case C0005 --type routine --department sanitation --department urban-enforce")
        var practice = DeskState()
        practice.apply(Recorded(seq: 1, at: desk.start, operatorName: "", console: "", event: desk.entries[0].event))
        var copy = ReplayCopy()
        // The trainee has already taken in two cases and blown one whistle: the copies come after.
        var counts = DeskState().counts
        for event in [desk.entries[5].event] + routed + blown {
            guard let copied = copy.copy(event, counts: practice.counts) else { continue }
            practice.apply(Recorded(seq: practice.lastSeq + 1, at: desk.start, operatorName: "", console: "", event: copied))
            counts = practice.counts
        }
        #expect(copy.ids == ["C0005": "C0001", "W0001": "W0001"])
        #expect(practice.cases[CaseID.numbered("C", 1)]?.routing?.outcome == .coordinate)
        #expect(practice.whistles[WhistleID.numbered("W", 1)]?.caseID == CaseID.numbered("C", 1))
        #expect(counts.cases == 1)
    }

    @Test func aReplayIsAScenarioWithNothingExpected() throws {
        let from = Date(timeIntervalSince1970: 1_795_759_200)
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let text = ReplayScenario.text(journal: "街道 \"东\".journal", from: from, length: 5400, zone: zone)
        let scenario = try Scenario.parse(yaml: text, file: "replay")
        #expect(scenario.start == from)
        #expect(scenario.length.seconds == 90 * 60)
        #expect(scenario.expect.isEmpty && scenario.script.isEmpty)
        #expect(scenario.title(.en) == "Replay: 街道 \"东\".journal from 11-27 14:00")
        #expect(scenario.role == .supervisor)
        // The trainee's entries are what the debrief lists; the real journal's (console scenario/SEQ) are not.
        let contacted = try EventCoding.decode(kind: "case.contacted", payload: #"{"id":"C0001","note":"已联系"}"#)
        let entries = [Recorded(seq: 3, at: from, operatorName: "王静", console: "scenario/2041", event: contacted),
                       Recorded(seq: 4, at: from.addingTimeInterval(60), operatorName: "学员", console: "desk", event: contacted)]
        let debrief = Debrief.score(scenario, entries: entries, trainee: "学员")
        #expect(debrief.unexpected.map(\.seq) == [4])
        let report = debrief.markdown(.en, scenario: scenario, zone: zone)
        #expect(report.contains("Nothing was expected in this run"))
        #expect(!report.contains("## Expected actions"))
    }
}
