import Foundation

/// What a terminal must never receive from StreetDesk: ESC and the other C0 controls but line
/// feed and tab, DEL, C1 controls (U+0080–U+009F, which some terminals obey as 8-bit escapes),
/// line and paragraph separators, bidi controls and zero-width characters — nor bytes that are
/// not UTF-8, where a lone 0x9B is a CSI.
enum TerminalBytes {
    /// The first thing in `bytes` a terminal must not receive, described; nil when they are safe.
    static func firstUnsafe(_ bytes: Data) -> String? {
        guard let text = String(validating: bytes, as: UTF8.self) else { return "bytes that are not UTF-8" }
        for (offset, scalar) in text.unicodeScalars.enumerated() where isUnsafe(scalar) {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) at scalar \(offset) in: \(text.debugDescription.prefix(400))"
        }
        return nil
    }

    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        case 0x061C, 0x200B...0x200F, 0x202A...0x202E, 0x2060, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }
}

extension Ran {
    /// Standard output and standard error, each checked by `TerminalBytes`.
    var unsafeBytes: String? {
        TerminalBytes.firstUnsafe(outputBytes).map { "stdout: \($0)" } ?? TerminalBytes.firstUnsafe(errorBytes).map { "stderr: \($0)" }
    }
}
