/// How many terminal cells text takes, from a fixed table rather than libc `wcwidth`, whose
/// answer depends on the locale the desk happens to run under.
///
/// Ambiguous-width characters (box drawing, `…`, `○`) count as one cell, as in
/// every non-CJK locale and in tmux's default.
public enum DisplayWidth {
    public enum Alignment: Sendable {
        case left, right
    }

    /// 0, 1 or 2 cells. Control characters count as the one cell their visible
    /// replacement takes after `Sanitize.forDisplay`.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if contains(zeroWidth, v) { return 0 }
        return contains(wide, v) ? 2 : 1
    }

    /// A grapheme is as wide as its first scalar that takes a cell: the terminal draws
    /// that one and stacks the zero-width rest on it.
    static func width(of character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let w = width(of: scalar)
            if w > 0 { return w }
        }
        return 0
    }

    /// The cells `text` takes once drawn (i.e. after sanitizing).
    public static func width(of text: String) -> Int {
        Sanitize.forDisplay(text).reduce(0) { $0 + width(of: $1) }
    }

    /// Sanitized `text` cut to at most `width` cells, ending in `ellipsis` when cut. A wide
    /// character that would straddle the limit is dropped and its place padded with a space,
    /// so a cut text always takes exactly `width` cells.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        let text = Sanitize.forDisplay(text)
        guard width > 0 else { return "" }
        if self.width(of: text) <= width { return text }
        let ellipsis = Sanitize.forDisplay(ellipsis)
        let mark = self.width(of: ellipsis) <= width ? ellipsis : ""
        let room = width - self.width(of: mark)
        var kept = ""
        var used = 0
        for character in text {
            let w = self.width(of: character)
            if used + w > room { break }
            kept.append(character)
            used += w
        }
        return kept + mark + String(repeating: " ", count: room - used)
    }

    /// Sanitized `text` in exactly `width` cells: truncated with `…` when longer, padded
    /// with spaces on the right (`.left`) or the left (`.right`) when shorter.
    public static func pad(_ text: String, to width: Int, alignment: Alignment = .left) -> String {
        let cut = truncate(text, to: width)
        let gap = String(repeating: " ", count: max(0, width - self.width(of: cut)))
        return alignment == .left ? cut + gap : gap + cut
    }

    private static func contains(_ table: [ClosedRange<UInt32>], _ value: UInt32) -> Bool {
        var low = 0
        var high = table.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if value < table[mid].lowerBound {
                high = mid - 1
            } else if value > table[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
