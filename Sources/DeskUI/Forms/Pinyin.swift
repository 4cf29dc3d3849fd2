import Foundation

/// Pinyin for pick lists, so `hyyw` or `huaiyin` finds 槐荫第一网格 — typing initials is how
/// officers find things fast without switching the input method. ICU's transliteration does
/// the reading; each label is converted once and kept.
enum Pinyin {
    struct Reading: Sendable {
        /// `huaiyindiyiwangge`
        let full: String
        /// `hydywg`
        let initials: String
    }

    private static let cache = ReadingCache()

    static func reading(of text: String) -> Reading {
        if let known = cache[text] { return known }
        let latin = text.applyingTransform(.toLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false)?.lowercased() ?? text.lowercased()
        let syllables = latin.split { !$0.isLetter && !$0.isNumber }
        let reading = Reading(full: syllables.joined(), initials: String(syllables.compactMap(\.first)))
        cache[text] = reading
        return reading
    }

    /// Whether `query` (ASCII letters) reads as the start of `text`'s initials or appears in its pinyin.
    static func matches(_ query: String, _ text: String) -> Bool {
        guard !query.isEmpty, query.allSatisfy({ $0.isASCII && $0.isLetter }),
            text.unicodeScalars.contains(where: { $0.value >= 0x3400 })
        else { return false }
        let reading = reading(of: text)
        return reading.initials.contains(query) || reading.full.contains(query)
    }
}

private final class ReadingCache: @unchecked Sendable {
    private let lock = NSLock()
    private var readings: [String: Pinyin.Reading] = [:]

    subscript(text: String) -> Pinyin.Reading? {
        get { lock.withLock { readings[text] } }
        set { lock.withLock { readings[text] = newValue } }
    }
}
