import DeskCore
import Foundation

/// The built-in demo street (示范街道), a fictional street shipped inside the binary.
public enum DemoProfile {
    /// The profile's YAML text as shipped.
    public static var yaml: String {
        guard let url = Bundle.module.url(forResource: "demo-street", withExtension: "yaml"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { preconditionFailure("the demo profile is missing from the bundle") }
        return text
    }

    public static func load() throws(ProfileError) -> StreetProfile {
        try StreetProfile.parse(yaml: yaml, file: "demo-street.yaml")
    }
}
