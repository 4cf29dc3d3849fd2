import Foundation

/// The theme files shipped as this target's resources (see docs/themes.md for the format).
public enum BuiltinThemes {
    public static let names = ["dark", "light", "high-contrast", "mono"]

    /// The YAML text of built-in theme `name`, or nil when there is no such theme.
    public static func text(named name: String) -> String? {
        guard names.contains(name), let url = Bundle.module.url(forResource: name, withExtension: "yaml") else {
            return nil
        }
        return try? String(contentsOf: url, encoding: .utf8)
    }
}
