import DeskCore
import DeskDemo
import DeskTraining
import Testing

/// A bad scenario file is named by file, line and key, before any desk opens.
@Suite struct ScenarioParserTests {
    static let good = BuiltinScenarios.text("triage-four")!

    func problem(_ yaml: String) -> ScenarioError? {
        do {
            try Scenario.parse(yaml: yaml, file: "s.yaml").check(against: try DemoProfile.load(), language: .en)
            return nil
        } catch let error as ScenarioError {
            return error
        } catch {
            return nil
        }
    }

    @Test func aMisspeltKeyIsNamedWithItsLine() throws {
        let yaml = Self.good.replacingOccurrences(of: "{ action: contact, on: water, within: 30m",
                                                  with: "{ action: contact, on: water, whithin: 30m")
        let error = try #require(problem(yaml))
        #expect(error.key == "expect[3].whithin")
        #expect(error.line == lineNumber(of: "whithin", in: yaml))
        #expect(error.message(.en).hasPrefix("s.yaml: line \(error.line!) (expect[3].whithin): unknown key 'whithin'"))
    }

    @Test func aMissingKeyIsNamed() throws {
        let yaml = Self.good.replacingOccurrences(of: "length: 30m\n", with: "")
        let error = try #require(problem(yaml))
        #expect(error.key == "length")
        #expect(error.problem.en == "required key is missing")
    }

    @Test func aDepartmentTheStreetLacksIsRefusedWithItsLine() throws {
        let yaml = Self.good.replacingOccurrences(of: "department: water,", with: "department: waterworks,")
        let error = try #require(problem(yaml))
        #expect(error.key == "expect[2].department")
        #expect(error.line == lineNumber(of: "waterworks", in: yaml))
    }

    @Test func anInjectOnAGridTheStreetLacksIsRefusedWithItsLine() throws {
        let yaml = Self.good.replacingOccurrences(of: "--grid 002001", with: "--grid 009009")
        let error = try #require(problem(yaml))
        #expect(error.key == "injects[2].do")
        #expect(error.line == lineNumber(of: "009009", in: yaml))
    }

    @Test func anUnknownCategoryAndAnUnknownOutcomeAreRefused() throws {
        let category = try #require(problem(Self.good.replacingOccurrences(of: "env.garbage", with: "env.rubbish")))
        #expect(category.key == "injects[0].do")
        let outcome = try #require(problem(Self.good.replacingOccurrences(of: "outcome: report-up", with: "outcome: escalate")))
        #expect(outcome.key == "expect[4].outcome")
    }

    @Test func aLabelNeverGivenIsRefused() throws {
        let error = try #require(problem(Self.good.replacingOccurrences(of: "on: nobody", with: "on: nobody-at-all")))
        #expect(error.key == "expect[4].on")
    }

    @Test func aLineAboutALabelNeverGivenIsRefusedWithItsLine() throws {
        let yaml = Self.good.replacingOccurrences(of: "--category other --grid 001001", with: "--category other --grid 001001 --finding $patrol")
        let error = try #require(problem(yaml))
        #expect(error.key == "injects[3].do")
        #expect(error.problem.en == "no item is named 'patrol' (with as) before this")
    }

    /// A line about the item the trainee is to make (an expectation's `as`) is left to the run.
    @Test func aLineAboutTheTraineesItemIsLeftToTheRun() throws {
        let busy = try #require(BuiltinScenarios.text("busy-hour"))
        #expect(busy.contains("do: unit-status $operation"))
        #expect(problem(busy) == nil)
        let renamed = busy.replacingOccurrences(of: "unit-status $operation", with: "unit-status $operations")
        #expect(try #require(problem(renamed)).problem.en == "no item is named 'operations' (with as) before this")
    }

    @Test func malformedYAMLNamesItsLine() throws {
        let error = try #require(problem("format: 1\nid: [unclosed\n"))
        #expect(error.line != nil)
    }

    @Test func theGoodFileReads() throws {
        #expect(problem(Self.good) == nil)
        let scenario = try Scenario.parse(yaml: Self.good, file: "s.yaml")
        #expect(scenario.injects.count == 4)
        #expect(scenario.expect.map(\.action) == ["route", "route", "route", "contact", "route"])
    }

    private func lineNumber(of text: String, in yaml: String) -> Int? {
        yaml.components(separatedBy: "\n").firstIndex { $0.contains(text) }.map { $0 + 1 }
    }
}
