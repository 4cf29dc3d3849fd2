import Foundation

/// Who is acting, as every entry records it: 1 to 64 characters (a name, or a name and a post),
/// with no control, format (bidi, zero-width) or line-separating characters.
public enum OperatorName {
    public static let maximumLength = 64

    /// The name, trimmed of surrounding spaces; `.badOperatorName` when it is not one.
    public static func check(_ text: String) throws(DeskError) -> String {
        let name = text.trimmingCharacters(in: .whitespaces)
        guard (1...maximumLength).contains(name.count), !name.unicodeScalars.contains(where: isForbidden) else {
            throw .badOperatorName
        }
        return name
    }

    private static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator: true
        default: false
        }
    }
}
