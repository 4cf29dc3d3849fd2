import DeskCore

/// JSON as city feeds write it, read by hand rather than by `JSONSerialization`: numbers are kept
/// as written, so a service code `006` stays `006` (the GeoReport v2 specification's own examples
/// write such codes unquoted, which strict JSON refuses), and an error names its line and column.
enum FeedJSON {
    indirect enum Value: Equatable {
        case object([(key: String, value: Value)])
        case array([Value])
        /// A string, a number as written, or `true`/`false`.
        case scalar(String)
        case null

        static func == (a: Value, b: Value) -> Bool {
            switch (a, b) {
            case (.object(let x), .object(let y)): x.map(\.key) == y.map(\.key) && x.map(\.value) == y.map(\.value)
            case (.array(let x), .array(let y)): x == y
            case (.scalar(let x), .scalar(let y)): x == y
            case (.null, .null): true
            default: false
            }
        }
    }

    struct Failure: Error, Equatable {
        let line: Int
        let column: Int
        let expected: Phrase
    }

    static func parse(_ text: String) throws(Failure) -> Value {
        var reader = Reader(Array(text.unicodeScalars))
        reader.skipSpace()
        let value = try reader.value()
        reader.skipSpace()
        guard reader.atEnd else { throw reader.fail(ExchangeText.expectedEnd) }
        return value
    }

    private struct Reader {
        let scalars: [Unicode.Scalar]
        var at = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { at >= scalars.count }
        var next: Unicode.Scalar? { atEnd ? nil : scalars[at] }

        /// Where `at` stands, lines and columns counted from 1 in characters.
        func fail(_ expected: Phrase) -> Failure {
            var line = 1, column = 1
            for scalar in scalars[..<min(at, scalars.count)] {
                if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
            }
            return Failure(line: line, column: column, expected: expected)
        }

        mutating func skipSpace() {
            while let c = next, c == " " || c == "\t" || c == "\n" || c == "\r" { at += 1 }
        }

        mutating func expect(_ c: Unicode.Scalar) throws(Failure) {
            guard next == c else { throw fail(ExchangeText.expected("“\(c)”")) }
            at += 1
        }

        mutating func value() throws(Failure) -> Value {
            switch next {
            case "{": return try object()
            case "[": return try array()
            case "\"": return .scalar(try string())
            case let c? where c == "-" || ("0"..."9").contains(c): return .scalar(try number())
            case let c? where ("a"..."z").contains(c): return try word()
            default: throw fail(ExchangeText.expectedValue)
            }
        }

        mutating func object() throws(Failure) -> Value {
            at += 1
            var members = [(key: String, value: Value)]()
            skipSpace()
            if next == "}" { at += 1; return .object(members) }
            while true {
                skipSpace()
                guard next == "\"" else { throw fail(ExchangeText.expected("“\"”")) }
                let key = try string()
                skipSpace()
                try expect(":")
                skipSpace()
                members.append((key, try value()))
                skipSpace()
                if next == "," { at += 1; continue }
                guard next == "}" else { throw fail(ExchangeText.expected("“,” / “}”")) }
                at += 1
                return .object(members)
            }
        }

        mutating func array() throws(Failure) -> Value {
            at += 1
            var items = [Value]()
            skipSpace()
            if next == "]" { at += 1; return .array(items) }
            while true {
                skipSpace()
                items.append(try value())
                skipSpace()
                if next == "," { at += 1; continue }
                guard next == "]" else { throw fail(ExchangeText.expected("“,” / “]”")) }
                at += 1
                return .array(items)
            }
        }

        /// `-12.5e3`, leading zeros allowed; kept as written.
        mutating func number() throws(Failure) -> String {
            let start = at
            while let c = next, c == "-" || c == "+" || c == "." || c == "e" || c == "E" || ("0"..."9").contains(c) { at += 1 }
            let text = String(String.UnicodeScalarView(scalars[start..<at]))
            guard Double(text) != nil else { at = start; throw fail(ExchangeText.expectedValue) }
            return text
        }

        mutating func word() throws(Failure) -> Value {
            let start = at
            while let c = next, ("a"..."z").contains(c) { at += 1 }
            switch String(String.UnicodeScalarView(scalars[start..<at])) {
            case "null": return .null
            case let b where b == "true" || b == "false": return .scalar(b)
            default: at = start; throw fail(ExchangeText.expectedValue)
            }
        }

        mutating func string() throws(Failure) -> String {
            at += 1
            var text = String.UnicodeScalarView()
            while true {
                guard let c = next else { throw fail(ExchangeText.expected("“\"”")) }
                at += 1
                switch c {
                case "\"": return String(text)
                case "\\": text.append(try escape())
                default: text.append(c)
                }
            }
        }

        mutating func escape() throws(Failure) -> Unicode.Scalar {
            guard let c = next else { throw fail(ExchangeText.expected("“\"”")) }
            at += 1
            switch c {
            case "n": return "\n"
            case "t": return "\t"
            case "r": return "\r"
            case "b": return "\u{08}"
            case "f": return "\u{0C}"
            case "\"", "\\", "/": return c
            case "u":
                let high = try hex()
                guard (0xD800..<0xDC00).contains(high) else { return Unicode.Scalar(high) ?? "\u{FFFD}" }
                // A surrogate pair: the low half must follow as `\uDCxx`.
                guard next == "\\", at + 1 < scalars.count, scalars[at + 1] == "u" else { return "\u{FFFD}" }
                at += 2
                let low = try hex()
                guard (0xDC00..<0xE000).contains(low) else { return "\u{FFFD}" }
                return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) ?? "\u{FFFD}"
            default:
                at -= 1
                throw fail(ExchangeText.expected("\\n \\t \\\" \\uXXXX …"))
            }
        }

        mutating func hex() throws(Failure) -> UInt32 {
            guard at + 4 <= scalars.count, let n = UInt32(String(String.UnicodeScalarView(scalars[at..<at + 4])), radix: 16) else {
                throw fail(ExchangeText.expected("\\uXXXX"))
            }
            at += 4
            return n
        }
    }
}
