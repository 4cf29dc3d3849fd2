/// JSON string contents → `String`, for the strings of a payload that hold escapes (`\n`, `\"`, `\u00e9`,
/// surrogate pairs). `PayloadJSON` has already checked each escape's spelling.
enum PayloadStrings {
    struct UnpairedSurrogate: Error, CustomStringConvertible {
        var description: String { "a \\u escape is half of a surrogate pair" }
    }

    static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(UnpairedSurrogate) -> String {
        var unpaired = false
        // Every escape is at least as long as the UTF-8 it stands for.
        let text = String(unsafeUninitializedCapacity: raw.count) { out in
            var read = 0
            var written = 0
            func put(_ byte: UInt8) {
                out[written] = byte
                written += 1
            }
            while read < raw.count {
                let byte = raw[read]
                guard byte == UInt8(ascii: "\\") else {
                    put(byte)
                    read += 1
                    continue
                }
                let escaped = raw[read + 1]
                read += 2
                switch escaped {
                case UInt8(ascii: "b"): put(0x08)
                case UInt8(ascii: "f"): put(0x0C)
                case UInt8(ascii: "n"): put(0x0A)
                case UInt8(ascii: "r"): put(0x0D)
                case UInt8(ascii: "t"): put(0x09)
                case UInt8(ascii: "u"):
                    guard let scalar = scalar(raw, at: &read) else {
                        unpaired = true
                        return 0
                    }
                    for unit in UTF8.encode(scalar)! { put(unit) }
                default: put(escaped) // \" \\ \/
                }
            }
            return written
        }
        if unpaired { throw UnpairedSurrogate() }
        return text
    }

    /// The scalar of the `\u` escape whose digits start at `read`, taking its low surrogate too; nil for half a pair.
    private static func scalar(_ raw: UnsafeBufferPointer<UInt8>, at read: inout Int) -> Unicode.Scalar? {
        let unit = hexUnit(raw, at: read)!
        read += 4
        guard UTF16.isLeadSurrogate(unit) else { return Unicode.Scalar(unit) }
        guard read + 6 <= raw.count, raw[read] == UInt8(ascii: "\\"), raw[read + 1] == UInt8(ascii: "u"),
              let trail = hexUnit(raw, at: read + 2), UTF16.isTrailSurrogate(trail)
        else { return nil }
        read += 6
        return Unicode.Scalar(0x10000 + (UInt32(unit - 0xD800) << 10) + UInt32(trail - 0xDC00))
    }

    /// The UTF-16 code unit written as four hex digits at `offset`; nil if they are not hex digits.
    static func hexUnit(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt16? {
        var unit: UInt16 = 0
        for byte in bytes[offset..<offset + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }
}
