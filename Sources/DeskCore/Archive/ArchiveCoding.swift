import Foundation

/// The byte encoding of a checkpoint (folded state saved beside the journal): varints,
/// length-prefixed UTF-8, dates as the bits of their `timeIntervalSinceReferenceDate` so that
/// a restored state equals the live one exactly. Written and read field by field, in a fixed
/// order, by hand: a 150,000-case state must restore in a fraction of a second.
public struct ArchiveWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    mutating func int(_ value: Int64) {
        var v = UInt64(bitPattern: (value << 1) ^ (value >> 63))  // zigzag: small negatives stay short
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) { int(Int64(value)) }
    mutating func int(_ value: Int32) { int(Int64(value)) }
    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func date(_ value: Date) { double(value.timeIntervalSinceReferenceDate) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            int(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func raw(_ value: [UInt8]) {
        int(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ArchiveWriter, T) -> Void) {
        bool(value != nil)
        if let value { write(&self, value) }
    }

    mutating func array<T>(_ values: [T], _ write: (inout ArchiveWriter, T) -> Void) {
        int(values.count)
        for value in values { write(&self, value) }
    }

    mutating func id<S>(_ value: ID<S>) { string(value.raw) }
    mutating func label<E: RawRepresentable<String>>(_ value: E) { string(value.rawValue) }
}

/// Reads what `ArchiveWriter` wrote, in the same order, straight from the stored bytes (a
/// checkpoint's blob is read in place, not copied); throws `ArchiveError` on anything short or
/// malformed. The bytes must outlive the reader.
public struct ArchiveReader {
    private let bytes: UnsafeRawBufferPointer
    private var at = 0

    public init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    public var isAtEnd: Bool { at == bytes.count }

    private mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw ArchiveError.truncated }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func int64() throws -> Int64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw ArchiveError.malformed("varint too long") }
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return Int64(bitPattern: v >> 1) ^ -Int64(bitPattern: v & 1)
    }

    mutating func int() throws -> Int {
        let v = try int64()
        guard let n = Int(exactly: v) else { throw ArchiveError.malformed("integer out of range") }
        return n
    }

    mutating func int32() throws -> Int32 {
        guard let n = Int32(exactly: try int64()) else { throw ArchiveError.malformed("integer out of range") }
        return n
    }

    mutating func count() throws -> Int {
        let n = try int()
        guard n >= 0, n <= bytes.count - at else { throw ArchiveError.malformed("count \(n) beyond the data") }
        return n
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw ArchiveError.malformed("not a flag")
        }
    }

    mutating func double() throws -> Double {
        guard bytes.count - at >= 8 else { throw ArchiveError.truncated }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(bytes[at + i]) << (8 * UInt64(i)) }
        at += 8
        return Double(bitPattern: bits)
    }

    mutating func date() throws -> Date { Date(timeIntervalSinceReferenceDate: try double()) }

    private mutating func utf8() throws -> UnsafeRawBufferPointer {
        let n = try count()
        defer { at += n }
        return UnsafeRawBufferPointer(rebasing: bytes[at..<at + n])
    }

    mutating func string() throws -> String { String(decoding: try utf8(), as: UTF8.self) }

    /// A text that is usually one of `common` (a triage basis, say) shares that string's storage
    /// instead of allocating its own: a hundred thousand cases hold one copy.
    mutating func string(common: [String]) throws -> String {
        let text = try utf8()
        return common.first { $0.utf8.elementsEqual(text) } ?? String(decoding: text, as: UTF8.self)
    }

    mutating func raw() throws -> [UInt8] { Array(try utf8()) }

    mutating func optional<T>(_ read: (inout ArchiveReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T>(_ read: (inout ArchiveReader) throws -> T) throws -> [T] {
        let n = try count()
        guard n > 0 else { return [] }
        var values = [T]()
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try read(&self)) }
        return values
    }

    mutating func id<S>() throws -> ID<S> { ID(try string()) }

    mutating func label<E: RawRepresentable<String>>() throws -> E {
        let text = try string()
        guard let value = E(rawValue: text) else { throw ArchiveError.malformed("unknown \(E.self) '\(text)'") }
        return value
    }

    mutating func grid() throws -> GridCode {
        let text = try string()
        guard let code = GridCode(text) else { throw ArchiveError.malformed("bad grid code '\(text)'") }
        return code
    }
}

/// Why saved bytes could not be read back: the checkpoint is then ignored and rebuilt.
public enum ArchiveError: Error, Equatable, CustomStringConvertible {
    case truncated
    case malformed(String)

    public var description: String {
        switch self {
        case .truncated: "the data ends early"
        case .malformed(let detail): detail
        }
    }
}
