/// The lower-cased UTF-8 bytes the `/` filter searches, built once per item rather than
/// joined and lower-cased on every keystroke: a filter over the whole queue is a byte scan.
public struct SearchKey: Sendable, Equatable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    var isEmpty: Bool { bytes.isEmpty }

    public init(_ fields: [String]) {
        var bytes = [UInt8]()
        for field in fields where !field.isEmpty {
            bytes.append(contentsOf: field.lowercased().utf8)
            bytes.append(0x1F)  // a separator no typed word contains, so no match spans two fields
        }
        self.bytes = bytes
    }

    func contains(_ word: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { hay in word.withUnsafeBufferPointer { needle in Self.find(needle, in: hay) } }
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= hay.count else { return false }
        var i = 0
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count, hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}

/// A `/` filter as typed: every word must appear, ignoring case.
public struct SearchQuery: Sendable, Equatable {
    let words: [[UInt8]]

    public init(_ text: String) {
        words = text.lowercased().split(separator: " ").map { Array($0.utf8) }
    }

    public var isEmpty: Bool { words.isEmpty }

    /// Whether every word is in `key` or, failing that, in one of `extra` (fields that change
    /// over an item's life, such as its status, looked at only when the key lacks a word).
    public func matches(_ key: SearchKey, extra: @autoclosure () -> [String] = []) -> Bool {
        var others: [SearchKey]?
        for word in words where !key.contains(word) {
            if others == nil { others = extra().map { SearchKey([$0]) } }
            guard others!.contains(where: { $0.contains(word) }) else { return false }
        }
        return true
    }

    /// Whether every word appears in one of `fields`.
    public func matches(_ fields: [String]) -> Bool {
        words.isEmpty || matches(SearchKey(fields))
    }
}
