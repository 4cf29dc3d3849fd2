/// Makes untrusted text safe to draw. A complaint's text can hold escape sequences that
/// would clear or retitle the operator's screen, and bidi overrides that make text read
/// differently from what it says.
public enum Sanitize {
    /// `text` with every control character replaced by a visible stand-in and bidi
    /// formatting removed:
    /// - C0 controls become their Control Pictures (ESC → `␛`, LF → `␊`, CR → `␍`),
    ///   except TAB, which becomes a space;
    /// - DEL becomes `␡`; C1 controls (U+0080–U+009F) become `�`;
    /// - line and paragraph separators (U+2028, U+2029) become `␤`;
    /// - bidi embeddings, overrides, isolates and marks are dropped.
    public static func forDisplay(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let stand = replacement(for: scalar) {
                out.append(stand)
            } else if !isBidiControl(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        replacement(for: scalar) != nil || isBidiControl(scalar)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x09: " "
        case 0x00...0x1F: Unicode.Scalar(0x2400 + scalar.value)
        case 0x7F: "\u{2421}"
        case 0x80...0x9F: "\u{FFFD}"
        case 0x2028, 0x2029: "\u{2424}"
        default: nil
        }
    }

    private static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
