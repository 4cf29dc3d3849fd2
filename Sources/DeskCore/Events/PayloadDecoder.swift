import Foundation

/// Decodes one payload with the payload types' own synthesized `Decodable` conformances, as JSONDecoder did —
/// same values, dates read with `Timestamp.parse` — but over `PayloadJSON`'s token tape instead of Foundation's
/// generic machinery, which cost replay several microseconds an entry.
///
/// `bytes` need only live for the `decode` call: nothing decoded keeps a pointer into them.
struct PayloadDecoder {
    let bytes: UnsafeBufferPointer<UInt8>

    /// Throws `DecodingError` (the syntax error of a payload that is not JSON is its underlying error).
    func decode<T: Decodable>() throws -> T {
        let json: PayloadJSON
        do {
            json = try PayloadJSON(parsing: bytes)
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: [], debugDescription: "The payload is not valid JSON: \(error)", underlyingError: error))
        }
        return try PayloadTape(bytes: bytes, tokens: json.tokens).decode(T.self, at: 0, in: [], key: nil)
    }
}

/// A payload's bytes and tokens, shared by the decoders and containers walking it.
///
/// Decoders and containers report coding paths relative to the value `decode` started on; `decode` prefixes
/// the key it descended through to any `DecodingError` on its way out, so a thrown error names the whole path
/// from the payload's top without paying to track it while all goes well.
final class PayloadTape {
    let bytes: UnsafeBufferPointer<UInt8>
    let tokens: [PayloadJSON.Token]

    init(bytes: UnsafeBufferPointer<UInt8>, tokens: [PayloadJSON.Token]) {
        self.bytes = bytes
        self.tokens = tokens
    }

    /// The token standing for a value that is absent.
    var absent: Int { tokens.count - 1 }

    /// The value at token `index`, found under `key` in a container at `path`: a date as `Timestamp.parse` reads it
    /// (what JSONDecoder's date strategy did), anything else by its own `init(from:)`.
    func decode<T: Decodable>(_ type: T.Type, at index: Int, in path: [any CodingKey], key: (any CodingKey)?) throws -> T {
        do {
            if T.self == Date.self { return try date(at: index) as! T }
            return try T(from: TokenDecoder(tape: self, index: index, codingPath: []))
        } catch let error as DecodingError {
            throw error.prefixed(by: key.map { path + [$0] } ?? path)
        }
    }

    private func date(at index: Int) throws -> Date {
        let token = tokens[index]
        let date = token.kind == .string && !token.hasEscapes
            ? Timestamp.parse(utf8: slice(token)) : Timestamp.parse(try string(at: index, in: []))
        guard let date else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "bad date '\(text(token))'"))
        }
        return date
    }

    // MARK: Primitive values at a token; `path` is where the token is, for the error.

    func string(at index: Int, in path: [any CodingKey]) throws -> String {
        let token = tokens[index]
        guard token.kind == .string else { throw mismatch(String.self, at: index, in: path) }
        guard token.hasEscapes else { return String(decoding: slice(token), as: UTF8.self) }
        do {
            return try PayloadStrings.unescape(slice(token))
        } catch {
            throw DecodingError.dataCorrupted(.init(
                codingPath: path, debugDescription: "The payload is not valid JSON: \(error)", underlyingError: error))
        }
    }

    func bool(at index: Int, in path: [any CodingKey]) throws -> Bool {
        switch tokens[index].kind {
        case .true: true
        case .false: false
        default: throw mismatch(Bool.self, at: index, in: path)
        }
    }

    /// Integers as JSONDecoder reads them: digits exactly, or a number with a fraction or exponent whose value is whole.
    func integer<I: FixedWidthInteger>(at index: Int, _ type: I.Type, in path: [any CodingKey]) throws -> I {
        let token = tokens[index]
        guard token.kind == .number else { throw mismatch(I.self, at: index, in: path) }
        if token.isIntegral, let value = exactInteger(token, I.self) { return value }
        if let value = Double(text(token)).flatMap({ I(exactly: $0) }) { return value }
        throw unrepresentable(token, path)
    }

    func floatingPoint<F: BinaryFloatingPoint & LosslessStringConvertible>(at index: Int, _ type: F.Type,
                                                                         in path: [any CodingKey]) throws -> F {
        let token = tokens[index]
        guard token.kind == .number else { throw mismatch(F.self, at: index, in: path) }
        guard let value = F(text(token)), value.isFinite else { throw unrepresentable(token, path) }
        return value
    }

    func isNull(_ index: Int) -> Bool { tokens[index].kind == .null }

    // MARK: Objects

    /// The index of the value of `key` in the object at `object`; the first one if the key is repeated, as JSONDecoder.
    func value(forKey key: some CodingKey, inObject object: Int) -> Int? {
        var name = key.stringValue
        return name.withUTF8 { name in
            var index = object + 1
            let end = Int(tokens[object].next)
            while index < end {
                if keyMatches(index, name) { return index + 1 }
                index = Int(tokens[index + 1].next)
            }
            return nil
        }
    }

    /// Keys are compared as bytes; a key spelled with escapes or non-ASCII characters is compared as a `String`,
    /// with the canonical equivalence JSONDecoder's dictionary lookup had.
    private func keyMatches(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let token = tokens[index]
        guard !token.hasEscapes, token.isASCII else {
            return (try? string(at: index, in: [])) == String(decoding: name, as: UTF8.self)
        }
        let length = Int(token.end - token.start)
        return length == name.count && memcmp(bytes.baseAddress! + Int(token.start), name.baseAddress!, length) == 0
    }

    /// The key tokens of the object at `object`, in document order.
    func keys(inObject object: Int) -> [Int] {
        var keys: [Int] = []
        var index = object + 1
        while index < Int(tokens[object].next) {
            keys.append(index)
            index = Int(tokens[index + 1].next)
        }
        return keys
    }

    // MARK: Errors, worded as JSONDecoder words them

    func mismatch(_ type: Any.Type, at index: Int, in path: [any CodingKey]) -> DecodingError {
        let kind = tokens[index].kind
        if kind == .null {
            return .valueNotFound(type, .init(codingPath: path, debugDescription: "Cannot get value of type \(type) -- found null value instead"))
        }
        return .typeMismatch(type, .init(codingPath: path, debugDescription: "Expected to decode \(type) but found \(kind.described) instead."))
    }

    private func unrepresentable(_ token: PayloadJSON.Token, _ path: [any CodingKey]) -> DecodingError {
        .dataCorrupted(.init(codingPath: path, debugDescription: "Number \(text(token)) is not representable in Swift."))
    }

    // MARK: Bytes

    private func slice(_ token: PayloadJSON.Token) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(token.start)..<Int(token.end)])
    }

    private func text(_ token: PayloadJSON.Token) -> String { String(decoding: slice(token), as: UTF8.self) }

    private func exactInteger<I: FixedWidthInteger>(_ token: PayloadJSON.Token, _: I.Type) -> I? {
        var index = Int(token.start)
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        var value: I = 0
        while index < Int(token.end) {
            let digit = I(bytes[index] - UInt8(ascii: "0"))
            let (shifted, overflow) = value.multipliedReportingOverflow(by: 10)
            let (next, carry) = negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            guard !overflow, !carry else { return nil }
            value = next
            index += 1
        }
        return value
    }
}

extension PayloadJSON.Token.Kind {
    var described: String {
        switch self {
        case .object: "a dictionary"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .true, .false: "bool"
        case .null: "null"
        }
    }
}

extension DecodingError {
    /// The same error, found inside the value at `path`.
    func prefixed(by path: [any CodingKey]) -> DecodingError {
        guard !path.isEmpty else { return self }
        func within(_ context: Context) -> Context {
            Context(codingPath: path + context.codingPath, debugDescription: context.debugDescription,
                    underlyingError: context.underlyingError)
        }
        return switch self {
        case .typeMismatch(let type, let context): .typeMismatch(type, within(context))
        case .valueNotFound(let type, let context): .valueNotFound(type, within(context))
        case .keyNotFound(let key, let context): .keyNotFound(key, within(context))
        case .dataCorrupted(let context): .dataCorrupted(within(context))
        @unknown default: self
        }
    }
}
