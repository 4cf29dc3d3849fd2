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
        // Every payload is a plain Codable struct, and the only numbers that could stop it (a
        // profile's weights and fractions, not finite) are refused by the profile's checks.
        let data = try! encoder.encode(AnyEncodable(event.payload))
        return String(decoding: data, as: UTF8.self)
    }

    /// The event an entry records. Gives exactly what JSONDecoder gave for every payload `encode` writes; throws
    /// `.unknownKind`, or `.malformed` with the decoding error's detail (what is wrong, and where in the payload).
    public static func decode(kind: String, payload: String) throws(EventDecodingError) -> DeskEvent {
        var payload = payload
        return try payload.withUTF8 { bytes in Result { () throws(EventDecodingError) in try decode(kind: kind, utf8: bytes) } }.get()
    }

    /// The same, straight from the payload's UTF-8 bytes (a journal reader's column text), which need only live
    /// for the call. Invalid UTF-8 inside strings reads as U+FFFD, as it does when the bytes are first made a `String`.
    public static func decode(kind: String, utf8 payload: UnsafeBufferPointer<UInt8>) throws(EventDecodingError) -> DeskEvent {
        guard let eventKind = EventKind(rawValue: kind) else { throw .unknownKind(kind) }
        let event: DeskEvent
        do {
            event = try eventKind.event(PayloadDecoder(bytes: payload))
        } catch {
            throw .malformed(kind: kind, detail: "\(error)")
        }
        // Never misread a newer journal: its entries may mean what this version cannot know.
        if case .streetConfigured(let profile) = event, let format = profile.format, format > JournalFormat.current {
            throw .newerFormat(format)
        }
        return event
    }
}

public enum EventDecodingError: Error, Equatable, CustomStringConvertible {
    case unknownKind(String)
    case malformed(kind: String, detail: String)
    /// The journal was written in a format newer than this StreetDesk reads.
    case newerFormat(Int)

    public var description: String {
        switch self {
        case .unknownKind(let kind): "unknown entry kind '\(kind)'"
        case .malformed(let kind, let detail): "malformed \(kind) payload: \(detail)"
        case .newerFormat(let format):
            "the journal is in format \(format), written by a newer StreetDesk; this one reads formats up to \(JournalFormat.current): update StreetDesk to open it"
        }
    }
}

private struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
