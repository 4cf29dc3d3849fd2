/// A payload's JSON, checked against RFC 8259 in one pass over its UTF-8 bytes and recorded as a flat list of
/// value tokens in document order — the "tape" `PayloadDecoder` reads.
///
/// Tokens point back into the bytes instead of copying them: a string becomes a `String` only when a field asks
/// for it, and an object's keys are compared as bytes. That, and one array for the whole document instead of a
/// tree of dictionaries, is what makes replay cheap.
struct PayloadJSON {
    struct Token {
        enum Kind: UInt8 { case object, array, string, number, `true`, `false`, null }

        var kind: Kind
        /// Strings: a backslash escape occurs, so the contents must be unescaped.
        var hasEscapes = false
        /// Strings: every byte is ASCII.
        var isASCII = true
        /// Numbers: no fraction and no exponent.
        var isIntegral = true
        /// Strings: the first byte after the opening quote. Other values: their first byte.
        var start: Int32
        /// Strings: the closing quote. Numbers: one past the last digit. Containers: one past the closing bracket.
        var end: Int32 = 0
        /// The index of the token after this value and everything inside it: how a reader skips a value.
        var next: Int32 = 0
        /// Containers: the number of elements (an object's key–value pairs).
        var count: Int32 = 0
    }

    /// Objects are followed by their keys and values alternately, arrays by their elements; each key is a string
    /// token. The last token is an extra `null` past the document, standing for an absent value.
    private(set) var tokens: [Token] = []

    /// The nesting JSONDecoder allows; deeper documents are refused rather than risking the stack.
    static let maximumDepth = 512

    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// Reads the whole document: any syntax error, and anything after the value, is refused.
    init(parsing bytes: UnsafeBufferPointer<UInt8>) throws(PayloadSyntaxError) {
        guard bytes.count < Int(Int32.max) else { throw PayloadSyntaxError(offset: 0, problem: "the text is too long") }
        self.bytes = bytes
        tokens.reserveCapacity(bytes.count / 8 + 2)
        skipWhitespace()
        try value(depth: 0)
        skipWhitespace()
        guard position == bytes.count else { throw unexpected() }
        tokens.append(Token(kind: .null, start: Int32(position), end: Int32(position), next: Int32(tokens.count + 1)))
    }

    /// The byte at `position`; 0 past the end, which no JSON value may hold unescaped either.
    private var current: UInt8 { position < bytes.count ? bytes[position] : 0 }

    private mutating func value(depth: Int) throws(PayloadSyntaxError) {
        switch current {
        case UInt8(ascii: "{"): try container(.object, closing: UInt8(ascii: "}"), depth: depth)
        case UInt8(ascii: "["): try container(.array, closing: UInt8(ascii: "]"), depth: depth)
        case UInt8(ascii: "\""): try string()
        case UInt8(ascii: "t"): try literal("true", .true)
        case UInt8(ascii: "f"): try literal("false", .false)
        case UInt8(ascii: "n"): try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
        default: throw unexpected()
        }
    }

    private mutating func container(_ kind: Token.Kind, closing: UInt8, depth: Int) throws(PayloadSyntaxError) {
        guard depth < Self.maximumDepth else {
            throw PayloadSyntaxError(offset: position, problem: "nested deeper than \(Self.maximumDepth) levels")
        }
        let index = tokens.count
        tokens.append(Token(kind: kind, start: Int32(position)))
        position += 1
        skipWhitespace()
        var count: Int32 = 0
        if current == closing {
            position += 1
        } else {
            while true {
                if kind == .object {
                    guard current == UInt8(ascii: "\"") else { throw unexpected(expecting: "a key") }
                    try string()
                    skipWhitespace()
                    guard current == UInt8(ascii: ":") else { throw unexpected(expecting: "':'") }
                    position += 1
                    skipWhitespace()
                }
                try value(depth: depth + 1)
                count += 1
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    skipWhitespace()
                } else if current == closing {
                    position += 1
                    break
                } else {
                    throw unexpected(expecting: "',' or '\(Character(Unicode.Scalar(closing)))'")
                }
            }
        }
        tokens[index].end = Int32(position)
        tokens[index].next = Int32(tokens.count)
        tokens[index].count = count
    }

    private mutating func string() throws(PayloadSyntaxError) {
        position += 1
        var token = Token(kind: .string, start: Int32(position))
        while true {
            guard position < bytes.count else { throw PayloadSyntaxError(offset: position, problem: "unterminated string") }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") { break }
            if byte == UInt8(ascii: "\\") {
                token.hasEscapes = true
                try escape()
                continue
            }
            guard byte >= 0x20 else { throw PayloadSyntaxError(offset: position, problem: "unescaped control character in a string") }
            if byte >= 0x80 { token.isASCII = false }
            position += 1
        }
        token.end = Int32(position)
        token.next = Int32(tokens.count + 1)
        tokens.append(token)
        position += 1
    }

    /// Checks one escape's spelling. Whether `\u` surrogates pair up is left to `PayloadStrings.unescape`, as
    /// JSONDecoder leaves it to the moment a field is read: a bad pair in a field nobody reads is no error.
    private mutating func escape() throws(PayloadSyntaxError) {
        let start = position
        position += 1
        switch current {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            position += 1
        case UInt8(ascii: "u"):
            position += 1
            guard position + 4 <= bytes.count, PayloadStrings.hexUnit(bytes, at: position) != nil else {
                throw PayloadSyntaxError(offset: start, problem: "\\u needs four hex digits")
            }
            position += 4
        default:
            throw PayloadSyntaxError(offset: start, problem: "an invalid escape")
        }
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`
    private mutating func number() throws(PayloadSyntaxError) {
        var token = Token(kind: .number, start: Int32(position))
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
        } else {
            try digits()
        }
        if current == UInt8(ascii: ".") {
            token.isIntegral = false
            position += 1
            try digits()
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            token.isIntegral = false
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            try digits()
        }
        token.end = Int32(position)
        token.next = Int32(tokens.count + 1)
        tokens.append(token)
    }

    private mutating func digits() throws(PayloadSyntaxError) {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current) else { throw unexpected(expecting: "a digit") }
        repeat { position += 1 } while (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(current)
    }

    private mutating func literal(_ word: StaticString, _ kind: Token.Kind) throws(PayloadSyntaxError) {
        let start = position
        let count = word.utf8CodeUnitCount
        guard position + count <= bytes.count,
              (0..<count).allSatisfy({ bytes[start + $0] == word.utf8Start[$0] })
        else { throw unexpected() }
        position += count
        tokens.append(Token(kind: kind, start: Int32(start), end: Int32(position), next: Int32(tokens.count + 1)))
    }

    private mutating func skipWhitespace() {
        while current == UInt8(ascii: " ") || current == UInt8(ascii: "\n") || current == UInt8(ascii: "\r")
                || current == UInt8(ascii: "\t") {
            position += 1
        }
    }

    private func unexpected(expecting expected: String? = nil) -> PayloadSyntaxError {
        let found = position == bytes.count ? "the end"
            : (0x20..<0x80).contains(current) ? "'\(Character(Unicode.Scalar(current)))'" : "byte \(current)"
        return PayloadSyntaxError(offset: position, problem: expected.map { "expected \($0), found \(found)" } ?? "unexpected \(found)")
    }
}

/// Why a payload is not JSON, and where.
struct PayloadSyntaxError: Error, CustomStringConvertible {
    let offset: Int
    let problem: String

    var description: String { "\(problem) at byte \(offset)" }
}
