import Foundation

/// The lower-cased UTF-8 bytes the `/` filter searches, built once per item rather than
/// joined and lower-cased on every keystroke: a filter over the whole queue is a byte scan.
public struct SearchKey: Sendable, Equatable {
    let bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    var isEmpty: Bool { bytes.isEmpty }

    public init(_ fields: [String]) {
        var bytes = [UInt8]()
        bytes.reserveCapacity(fields.reduce(0) { $0 + $1.utf8.count + 1 })
        for field in fields where !field.isEmpty {
            Self.appendFolded(field, to: &bytes)
            bytes.append(0x1F)  // a separator no typed word contains, so no match spans two fields
        }
        self.bytes = bytes
    }

    /// UTF-8 with ASCII letters in lower case: Chinese has no case, and folding bytes in place
    /// costs no allocation per field (the fold builds a key for every case taken in).
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        for byte in text.utf8 { bytes.append(byte &- 0x41 < 26 ? byte | 0x20 : byte) }
    }

    func contains(_ word: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { hay in word.withUnsafeBufferPointer { needle in Self.find(needle, in: hay) } }
    }

    private static func find(_ needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= hay.count, var at = hay.baseAddress, let n = needle.baseAddress else { return false }
        let end = at + (hay.count - needle.count + 1)
        // libc's vectorised memchr finds each candidate first byte; memcmp checks the rest.
        while at < end, let found = memchr(at, Int32(n.pointee), end - at) {
            let candidate = UnsafePointer(found.assumingMemoryBound(to: UInt8.self))
            if memcmp(candidate, n, needle.count) == 0 { return true }
            at = candidate + 1
        }
        return false
    }
}

/// A `/` filter as typed: every word must appear, ignoring ASCII case.
public struct SearchQuery: Sendable, Equatable {
    let words: [[UInt8]]

    public init(_ text: String) {
        words = text.split(separator: " ").map { word in
            var bytes = [UInt8]()
            SearchKey.appendFolded(String(word), to: &bytes)
            return bytes
        }
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

    /// Whether some word appears in one of `fields`.
    public func matchesAny(_ fields: [String]) -> Bool {
        let keys = fields.map { SearchKey([$0]) }
        return words.contains { word in keys.contains { $0.contains(word) } }
    }

    /// Whether every word appears in one of `fields`.
    public func matches(_ fields: [String]) -> Bool {
        words.isEmpty || matches(SearchKey(fields))
    }
}
