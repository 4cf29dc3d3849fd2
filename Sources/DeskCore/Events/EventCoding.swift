import Foundation

/// The canonical JSON of event payloads: sorted keys, dates as UTC ISO 8601 with
/// milliseconds. Canonical so that the journal's hash of a payload is reproducible.
public enum EventCoding {
    public static func encode(_ event: DeskEvent) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Timestamp.format(date))
        }
        // Every payload is a plain Codable struct: encoding cannot fail.
        let data = try! encoder.encode(AnyEncodable(event.payload))
        return String(decoding: data, as: UTF8.self)
    }

    public static func decode(kind: String, payload: String) throws(EventDecodingError) -> DeskEvent {
        guard let build = DeskEvent.decoder(for: kind) else { throw .unknownKind(kind) }
        do {
            return try build(PayloadDecoder(data: Data(payload.utf8)))
        } catch {
            throw .malformed(kind: kind, detail: "\(error)")
        }
    }

}

public enum EventDecodingError: Error, Equatable, CustomStringConvertible {
    case unknownKind(String)
    case malformed(kind: String, detail: String)

    public var description: String {
        switch self {
        case .unknownKind(let kind): "unknown entry kind '\(kind)'"
        case .malformed(let kind, let detail): "malformed \(kind) payload: \(detail)"
        }
    }
}

struct PayloadDecoder {
    let data: Data

    func decode<T: Decodable>() throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad date '\(text)'")
            }
            return date
        }
        return try decoder.decode(T.self, from: data)
    }
}

private struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
