import Foundation
@testable import DeskDemo

/// Seeded random-input harnesses: each feeds a parser or the desk valid inputs mutated (and
/// random ones) and needs only that nothing traps, hangs or throws anything but its own errors.
/// The seed is fixed, so a run is the same everywhere and a crash reproduces. CI runs a short
/// round; `STREETDESK_FUZZ_ITERATIONS=N` runs every harness N times as long, and
/// `STREETDESK_FUZZ_SEED` picks another sequence (README, Testing).
enum Fuzz {
    static let environment = ProcessInfo.processInfo.environment
    static let scale = environment["STREETDESK_FUZZ_ITERATIONS"].flatMap(Int.init).map { max(1, $0) } ?? 1
    static let seed = environment["STREETDESK_FUZZ_SEED"].flatMap(UInt64.init) ?? 0x5D_E5C0_FFEE

    /// `iterations × scale` inputs, each a seed from `seeds` mutated a few times or, one time in
    /// ten, random text; `harness` (a distinct number per harness) keeps the harnesses' sequences apart.
    static func inputs(_ seeds: [String], iterations: Int, harness: UInt64, _ body: (String) throws -> Void) rethrows {
        var mutator = Mutator(generator: SeededGenerator(seed: seed &+ harness &* 0x9E37_79B9))
        for _ in 0..<(iterations * scale) {
            try body(mutator.next(from: seeds))
        }
    }

    /// `iterations × scale` texts, as their space-separated words, each a seed with one or two of its
    /// values (the word after an `--option` or a `key:`) swapped for an edge-case token or random
    /// text: what reaches the rules behind a parser.
    static func values(_ seeds: [String], iterations: Int, harness: UInt64, _ body: ([String]) throws -> Void) rethrows {
        var mutator = Mutator(generator: SeededGenerator(seed: seed &+ harness &* 0x9E37_79B9))
        for _ in 0..<(iterations * scale) {
            let words = mutator.generator.pick(seeds).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            try body(mutator.replacingValues(in: words))
        }
    }
}

/// Mutates text the ways that break parsers: cut, doubled, spliced with another seed, and with
/// characters and words that sit at the edges (huge and non-finite numbers, signs, quotes,
/// brackets, control characters, bidi overrides, CJK, emoji).
struct Mutator {
    var generator: SeededGenerator

    static let tokens: [String] = [
        "0", "-1", "9", "999999999999999999", "9223372036854775807", "-9223372036854775808", "1e400", ".inf", "-.inf",
        ".nan", "0x10", "3650d", "3651d", "99999999999d", "999999999999d", "999999999999999999d", "9999999999999d", "24:00", "2026-02-30", "0000-01-01T00:00:00Z", "9999-12-31",
        "-", "--", "=", ":", "'", "\"", "\\", "\\u", "\\ud800", "{", "}", "[", "]", ",", "#", "&", "*", "!", "|", ">", "~",
        "null", "true", "\u{0}", "\u{1B}[2J", "\u{9B}", "\u{7F}", "\t", "\n", "\r", "\u{202E}", "\u{200B}", "中", "网格", "👩‍👩‍👧",
        "e\u{301}", " ", "    ", "C0001", "W0001", "D0001", "--by", "--at", "--grid", "--department",
    ]

    mutating func next(from seeds: [String]) -> String {
        if generator.chance(0.1) { return randomText() }
        var text = Array(generator.pick(seeds).unicodeScalars)
        for _ in 0..<Int.random(in: 1...4, using: &generator) { mutate(&text, seeds) }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: text)
        return String(out)
    }

    /// `words` with one or two of the words that follow an `--option` or a `key:` replaced.
    mutating func replacingValues(in words: [String]) -> [String] {
        var words = words
        let values = words.indices.filter { $0 > 0 && (words[$0 - 1].hasPrefix("--") || words[$0 - 1].hasSuffix(":")) }
        guard !values.isEmpty else { return words }
        for _ in 0..<Int.random(in: 1...2, using: &generator) {
            words[generator.pick(values)] = generator.chance(0.8) ? generator.pick(Self.tokens) : randomText()
        }
        return words
    }

    mutating func randomText() -> String {
        var out = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...64, using: &generator) {
            if generator.chance(0.3) {
                out.append(contentsOf: generator.pick(Self.tokens).unicodeScalars)
            } else {
                out.append(Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &generator)))
            }
        }
        return String(out)
    }

    private mutating func mutate(_ text: inout [Unicode.Scalar], _ seeds: [String]) {
        let at = Int.random(in: 0...text.count, using: &generator)
        let end = min(text.count, at + Int.random(in: 0...16, using: &generator))
        switch Int.random(in: 0..<7, using: &generator) {
        case 0: text.removeSubrange(at..<end)
        case 1: text.insert(contentsOf: text[at..<end], at: at)
        case 2: text.insert(contentsOf: generator.pick(Self.tokens).unicodeScalars, at: at)
        case 3: text.replaceSubrange(at..<end, with: generator.pick(Self.tokens).unicodeScalars)
        case 4:
            let other = Array(generator.pick(seeds).unicodeScalars)
            let from = Int.random(in: 0...other.count, using: &generator)
            text.insert(contentsOf: other[from..<min(other.count, from + 40)], at: at)
        case 5: replaceWord(in: &text, at: at)
        default: if at < text.count { text[at] = Unicode.Scalar(UInt8.random(in: 0...0x7F, using: &generator)) }
        }
    }

    /// The word (a run between spaces, colons, commas or brackets) around `at` becomes a token:
    /// a value in a command line or a YAML file swapped for an edge case.
    private mutating func replaceWord(in text: inout [Unicode.Scalar], at: Int) {
        let separators: Set<Unicode.Scalar> = [" ", ":", ",", "{", "}", "[", "]", "\n"]
        var start = min(at, text.count)
        while start > 0, !separators.contains(text[start - 1]) { start -= 1 }
        var end = start
        while end < text.count, !separators.contains(text[end]) { end += 1 }
        text.replaceSubrange(start..<end, with: generator.pick(Self.tokens).unicodeScalars)
    }
}
