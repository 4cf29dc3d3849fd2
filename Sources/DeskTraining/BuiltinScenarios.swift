import DeskCore

/// The scenarios shipped inside the binary (Scenarios/*.yaml), in course order.
public enum BuiltinScenarios {
    /// The file names in course order.
    public static let names = ["triage-four", "art44-refusal", "art26-joint-enforcement", "emergency-whistle", "hotline-return",
                               "utility-outage", "busy-hour"]

    /// A built-in scenario's text by name; nil when there is none.
    public static func text(_ name: String) -> String? { EmbeddedFiles.text[name + ".yaml"] }

    public static func load(_ name: String) throws(ScenarioError) -> Scenario? {
        guard let text = text(name) else { return nil }
        return try Scenario.parse(yaml: text, file: name + ".yaml")
    }
}
