/// A management grid's code (单元网格编码, Beijing DB11/T 2157-2023): 15 digits =
/// 6-digit district code (GB/T 2260) + 3-digit street + 3-digit community + 3-digit grid
/// sequence, numbered west→east, north→south inside its community (Art 24).
public struct GridCode: Hashable, Comparable, Codable, Sendable, CustomStringConvertible {
    public let digits: String

    /// Nil unless `text` is exactly 15 ASCII digits.
    public init?(_ text: String) {
        // By bytes: every journal entry and checkpoint record carries a grid code.
        guard text.utf8.count == 15, text.utf8.allSatisfy({ $0 &- UInt8(ascii: "0") < 10 }) else { return nil }
        digits = text
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let code = GridCode(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a 15-digit grid code")
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(digits)
    }

    private func part(_ from: Int, _ length: Int) -> String {
        let start = digits.index(digits.startIndex, offsetBy: from)
        return String(digits[start..<digits.index(start, offsetBy: length)])
    }

    public var district: String { part(0, 6) }
    public var street: String { part(6, 3) }
    /// District + street: the street office's own 9-digit code.
    public var streetCode: String { part(0, 9) }
    public var community: String { part(9, 3) }
    public var sequence: String { part(12, 3) }

    /// Grouped for reading aloud over the phone: `110101 099 001 003`.
    public var grouped: String { "\(district) \(street) \(community) \(sequence)" }
    public var description: String { digits }

    public static func < (lhs: GridCode, rhs: GridCode) -> Bool { lhs.digits < rhs.digits }
}
