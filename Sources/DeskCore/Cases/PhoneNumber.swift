import Foundation

/// A complainant's phone number: what intake accepts, and how much of it a screen may show.
public enum PhoneNumber {
    /// The digits of `text` (spaces and dashes dropped) when they make a number a Beijing street
    /// can call back: a mobile (11 digits, `1[3-9]…`), a local landline (8 digits, not starting
    /// with 0 or 1), a landline with its area code (`0` + 10 or 11 more digits), or a service
    /// number (5 digits, `1…` or `9…`, such as 12345 or 95598). A street with other needs lists
    /// its own patterns in the profile (`phonePatterns`).
    public static func digits(_ text: String, patterns: [String]? = nil) -> String? {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        let accepted = patterns ?? standard
        return accepted.contains { pattern in compiled(pattern).map { digits.wholeMatch(of: $0) != nil } ?? false } ? digits : nil
    }

    /// Each pattern compiled once per process: an import checks a number per row, and compiling
    /// is most of the cost of a check.
    private static func compiled(_ pattern: String) -> Regex<AnyRegexOutput>? {
        lock.withLock {
            if let found = cache[pattern] { return found }
            let regex = try? Regex(pattern)
            cache[pattern] = regex
            return regex
        }
    }

    private static let lock = NSLock()
    /// Guarded by `lock`.
    nonisolated(unsafe) private static var cache: [String: Regex<AnyRegexOutput>?] = [:]

    static let standard = ["1[3-9][0-9]{9}", "[2-9][0-9]{7}", "0[0-9]{9,11}", "[19][0-9]{4}"]

    /// `138****5678`: never more than the number's length allows. At least four digits, and at
    /// least all but seven, stay hidden; of those shown, at most three lead.
    public static func masked(_ phone: String) -> String {
        let hidden = max(4, phone.count - 7)
        guard phone.count > hidden else { return String(repeating: "*", count: phone.count) }
        let lead = min(3, (phone.count - hidden) / 2)
        let tail = phone.count - hidden - lead
        return String(phone.prefix(lead)) + String(repeating: "*", count: hidden) + String(phone.suffix(tail))
    }
}
