import Foundation

/// The theme files beside this one, compiled into the binary (see docs/themes.md for the format).
public enum BuiltinThemes {
    public static let names = ["dark", "light", "high-contrast", "mono"]

    /// The YAML text of built-in theme `name`, or nil when there is no such theme.
    public static func text(named name: String) -> String? {
        guard names.contains(name) else { return nil }
        return EmbeddedFiles.text[name + ".yaml"]
    }
}
