import Foundation

/// UTC ISO 8601 with exactly three fractional digits, e.g. `2026-11-18T11:06:40.123Z`.
/// Written from whole milliseconds and read back to the same `Date`, bit for bit — which
/// Foundation's format style does not promise (it truncates, and .123 may read as .122).
public enum Timestamp {
    private static let seconds = Date.ISO8601FormatStyle(timeZone: .gmt)

    public static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    public static func date(milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }

    public static func format(_ date: Date) -> String {
        let ms = milliseconds(date)
        let (whole, fraction) = (ms.floorDivided(by: 1000), ms - ms.floorDivided(by: 1000) * 1000)
        let base = seconds.format(Date(timeIntervalSince1970: Double(whole)))
        return base.dropLast() + "." + String(String(fraction + 1000).dropFirst()) + "Z"
    }

    public static func parse(_ text: String) -> Date? {
        guard text.hasSuffix("Z"), let dot = text.lastIndex(of: ".") else { return nil }
        let digits = text[text.index(after: dot)..<text.index(before: text.endIndex)]
        guard digits.count == 3, let fraction = Int64(digits),
            let whole = try? seconds.parse(String(text[..<dot]) + "Z")
        else { return nil }
        return date(milliseconds: Int64(whole.timeIntervalSince1970) * 1000 + fraction)
    }
}

extension Int64 {
    fileprivate func floorDivided(by d: Int64) -> Int64 { self >= 0 ? self / d : (self - d + 1) / d }
}
