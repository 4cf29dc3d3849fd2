/// The `Decoder` side of `PayloadTape`: the decoder handed to a payload type's `init(from:)` and the containers it
/// asks for. All are small structs over the shared tape, so descending into an ID, an enum or a date costs no
/// allocation; only `KeyedDecodingContainer`'s own box does.
///
/// `codingPath` is relative to the value `PayloadTape.decode` started on (see there); it is empty except under
/// `nestedContainer` and `superDecoder`, which no synthesized conformance uses.
struct TokenDecoder: Decoder, SingleValueDecodingContainer {
    let tape: PayloadTape
    let index: Int
    let codingPath: [any CodingKey]

    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard tape.tokens[index].kind == .object else { throw tape.mismatch([String: Any].self, at: index, in: codingPath) }
        return KeyedDecodingContainer(ObjectContainer(tape: tape, object: index, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard tape.tokens[index].kind == .array else { throw tape.mismatch([Any].self, at: index, in: codingPath) }
        return ArrayContainer(tape: tape, array: index, codingPath: codingPath)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { tape.isNull(index) }
    func decode(_ type: Bool.Type) throws -> Bool { try tape.bool(at: index, in: codingPath) }
    func decode(_ type: String.Type) throws -> String { try tape.string(at: index, in: codingPath) }
    func decode(_ type: Double.Type) throws -> Double { try tape.floatingPoint(at: index, type, in: codingPath) }
    func decode(_ type: Float.Type) throws -> Float { try tape.floatingPoint(at: index, type, in: codingPath) }
    func decode(_ type: Int.Type) throws -> Int { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: Int8.Type) throws -> Int8 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: Int16.Type) throws -> Int16 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: Int32.Type) throws -> Int32 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: Int64.Type) throws -> Int64 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: UInt.Type) throws -> UInt { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try tape.integer(at: index, type, in: codingPath) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try tape.integer(at: index, type, in: codingPath) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try tape.decode(type, at: index, in: codingPath, key: nil) }
}

struct ObjectContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let tape: PayloadTape
    let object: Int
    let codingPath: [any CodingKey]

    var allKeys: [Key] {
        tape.keys(inObject: object).compactMap { (try? tape.string(at: $0, in: codingPath)).flatMap(Key.init(stringValue:)) }
    }

    func contains(_ key: Key) -> Bool { tape.value(forKey: key, inObject: object) != nil }

    private func value(_ key: Key) throws -> Int {
        guard let index = tape.value(forKey: key, inObject: object) else {
            throw DecodingError.keyNotFound(key, .init(
                codingPath: codingPath, debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return index
    }

    /// The value's index, or nil when the key is absent or null: what `decodeIfPresent` returns nil for.
    private func present(_ key: Key) -> Int? {
        tape.value(forKey: key, inObject: object).flatMap { tape.isNull($0) ? nil : $0 }
    }

    private func path(_ key: Key) -> [any CodingKey] { codingPath + [key] }

    func decodeNil(forKey key: Key) throws -> Bool { tape.isNull(try value(key)) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try tape.bool(at: try value(key), in: path(key)) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try tape.string(at: try value(key), in: path(key)) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try tape.floatingPoint(at: try value(key), type, in: path(key)) }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try tape.floatingPoint(at: try value(key), type, in: path(key)) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try tape.integer(at: try value(key), type, in: path(key)) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try tape.decode(type, at: try value(key), in: codingPath, key: key)
    }

    // One lookup instead of the default's three (contains, decodeNil, decode) for the optionals payloads have.
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try present(key).map { try tape.string(at: $0, in: path(key)) }
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try present(key).map { try tape.bool(at: $0, in: path(key)) }
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try present(key).map { try tape.decode(type, at: $0, in: codingPath, key: key) }
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try TokenDecoder(tape: tape, index: try value(key), codingPath: path(key)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try TokenDecoder(tape: tape, index: try value(key), codingPath: path(key)).unkeyedContainer()
    }

    /// As JSONDecoder: the value under `super`, or null when there is none.
    func superDecoder() throws -> any Decoder {
        TokenDecoder(tape: tape, index: tape.value(forKey: SuperKey(), inObject: object) ?? tape.absent,
                     codingPath: codingPath + [SuperKey()])
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        TokenDecoder(tape: tape, index: tape.value(forKey: key, inObject: object) ?? tape.absent, codingPath: path(key))
    }
}

struct ArrayContainer: UnkeyedDecodingContainer {
    let tape: PayloadTape
    let codingPath: [any CodingKey]
    let count: Int?
    private(set) var currentIndex = 0
    /// The token of the element at `currentIndex`.
    private var position: Int

    init(tape: PayloadTape, array: Int, codingPath: [any CodingKey]) {
        self.tape = tape
        self.codingPath = codingPath
        count = Int(tape.tokens[array].count)
        position = array + 1
    }

    var isAtEnd: Bool { currentIndex >= count! }

    /// The current element's token, moving past it; JSONDecoder's error at the end.
    private mutating func next(_ type: Any.Type) throws -> (index: Int, key: IndexKey) {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(type, .init(
                codingPath: codingPath + [IndexKey(currentIndex)], debugDescription: "Unkeyed container is at end."))
        }
        defer {
            position = Int(tape.tokens[position].next)
            currentIndex += 1
        }
        return (position, IndexKey(currentIndex))
    }

    private mutating func primitive<T>(_ type: T.Type, _ read: (PayloadTape, Int, [any CodingKey]) throws -> T) throws -> T {
        let (index, key) = try next(type)
        return try read(tape, index, codingPath + [key])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, tape.isNull(position) else { return false }
        _ = try next(Never.self)
        return true
    }

    mutating func decode(_ type: Bool.Type) throws -> Bool { try primitive(type) { try $0.bool(at: $1, in: $2) } }
    mutating func decode(_ type: String.Type) throws -> String { try primitive(type) { try $0.string(at: $1, in: $2) } }
    mutating func decode(_ type: Double.Type) throws -> Double { try primitive(type) { try $0.floatingPoint(at: $1, type, in: $2) } }
    mutating func decode(_ type: Float.Type) throws -> Float { try primitive(type) { try $0.floatingPoint(at: $1, type, in: $2) } }
    mutating func decode(_ type: Int.Type) throws -> Int { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: Int8.Type) throws -> Int8 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: Int16.Type) throws -> Int16 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: Int32.Type) throws -> Int32 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: Int64.Type) throws -> Int64 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: UInt.Type) throws -> UInt { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try primitive(type) { try $0.integer(at: $1, type, in: $2) } }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let (index, key) = try next(type)
        return try tape.decode(type, at: index, in: codingPath, key: key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        let (index, key) = try next(KeyedDecodingContainer<NestedKey>.self)
        return try TokenDecoder(tape: tape, index: index, codingPath: codingPath + [key]).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let (index, key) = try next((any UnkeyedDecodingContainer).self)
        return try TokenDecoder(tape: tape, index: index, codingPath: codingPath + [key]).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder {
        let (index, key) = try next((any Decoder).self)
        return TokenDecoder(tape: tape, index: index, codingPath: codingPath + [key])
    }
}

/// An array element's place in a coding path.
struct IndexKey: CodingKey {
    let intValue: Int?
    var stringValue: String { "Index \(intValue!)" }

    init(_ index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }

    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}
