import DeskCore
import DeskDemo
import DeskTraining
import Testing

/// Every built-in scenario reads and plays on the demo street.
@Suite struct BuiltinScenarioTests {
    @Test(arguments: BuiltinScenarios.names)
    func aBuiltinScenarioChecksOnTheDemoStreet(_ name: String) throws {
        let scenario = try #require(try BuiltinScenarios.load(name))
        #expect(scenario.id == name)
        try scenario.check(against: try DemoProfile.load(), language: .en)
        #expect(!scenario.expect.isEmpty)
    }
}
