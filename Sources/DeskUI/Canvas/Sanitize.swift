/// Makes untrusted text safe to draw or print. A complaint's text can hold escape sequences
/// that would clear or retitle the operator's screen, and bidi overrides or invisible
/// characters that make text read differently from what it says.
public enum Sanitize {
    /// `text` with every control character replaced by a visible stand-in and bidi
    /// formatting removed:
    /// - C0 controls become their Control Pictures (ESC → `␛`, LF → `␊`, CR → `␍`),
    ///   except TAB, which becomes a space;
    /// - DEL becomes `␡`; C1 controls (U+0080–U+009F) become `�`;
    /// - line and paragraph separators (U+2028, U+2029) become `␤`;
    /// - bidi embeddings, overrides, isolates and marks, and zero-width characters, are dropped.
    public static func forDisplay(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: needsWork) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let stand = replacement(for: scalar) {
                out.append(stand)
            } else if !isInvisibleFormat(scalar) {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A report or listing for a terminal: its own line breaks and tabs are its layout and stay;
    /// everything between them is made safe as `forDisplay` does.
    public static func forTerminal(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { forDisplay(String($0)) }.joined(separator: "\t")
        }.joined(separator: "\n")
    }

    /// JSON text as an encoder wrote it, with every control character (C0, DEL, C1), line and
    /// paragraph separator, bidi control and zero-width character written as a `\uXXXX` escape.
    /// Outside strings an encoder writes only spaces and line breaks, so escaping inside strings
    /// leaves the JSON equal to what it was; its line breaks and tabs (layout) stay.
    public static func json(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { mustEscapeInJSON($0) }) else { return text }
        var out = ""
        for scalar in text.unicodeScalars {
            if mustEscapeInJSON(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: false)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        replacement(for: scalar) != nil || isInvisibleFormat(scalar)
    }

    private static func mustEscapeInJSON(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && scalar != "\t" && needsWork(scalar)
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

    /// Bidi controls (U+061C, U+200E–200F, U+202A–202E, U+2066–2069) and zero-width
    /// characters (U+200B–200D, U+2060, U+FEFF).
    private static func isInvisibleFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}
