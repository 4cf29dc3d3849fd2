import DeskCore
import Foundation

/// The built-in demo street (示范街道), a fictional street shipped inside the binary.
public enum DemoProfile {
    /// The PIN every officer of the demo street signs on with (printed in the README), so the demo
    /// and its scripts run with one environment variable. A real street sets its own
    /// (`streetdesk staff set-pin`).
    public static let staffSecret = "2468"

    /// The profile's YAML text, compiled into the binary from Resources/demo-street.yaml.
    public static var yaml: String { EmbeddedFiles.text["demo-street.yaml"] ?? "" }

    public static func load() throws(ProfileError) -> StreetProfile {
        try StreetProfile.parse(yaml: yaml, file: "demo-street.yaml")
    }
}
