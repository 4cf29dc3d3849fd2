import DeskCore
import Testing

/// The journal entry decoder: every payload of the demo week, mutated and read as its own kind
/// and as others. An entry decodes or is refused with an `EventDecodingError`; a decoded one
/// encodes again without trapping.
@Suite struct PayloadFuzzTests {
    static let entries: [(kind: String, payload: String)] = {
        var seen = Set<String>()
        return Fixture.history.compactMap { entry in
            seen.insert(entry.event.kind).inserted ? (entry.event.kind, EventCoding.encode(entry.event)) : nil
        }
    }()

    @Test func payloadsDecodeOrAreRefused() {
        let kinds = Self.entries.map(\.kind) + ["", "case.intake.v9", "\u{0}"]
        var decoded = 0
        var index = 0
        Fuzz.inputs(Self.entries.map(\.payload), iterations: 20000, harness: 7) { payload in
            index += 1
            let kind = index % 3 == 0 ? kinds[index % kinds.count] : Self.entries[index % Self.entries.count].kind
            decoded += Self.decode(kind, Array(payload.utf8))
            // The bytes as a reader finds them on disk: a bit flipped into invalid UTF-8, or cut short.
            var bytes = Array(payload.utf8)
            if !bytes.isEmpty { bytes[index % bytes.count] ^= 0x80 }
            _ = Self.decode(kind, bytes)
            _ = Self.decode(kind, Array(bytes.prefix(index % (bytes.count + 1))))
        }
        #expect(decoded > 0)
    }

    /// 1 when the bytes decode as an entry of `kind` (which then encodes again), 0 when refused.
    static func decode(_ kind: String, _ bytes: [UInt8]) -> Int {
        do {
            let event = try bytes.withUnsafeBufferPointer { try EventCoding.decode(kind: kind, utf8: $0) }
            _ = EventCoding.encode(event)
            return 1
        } catch let error as EventDecodingError {
            _ = error.description
        } catch {
            Issue.record("not a decoding error: \(error)")
        }
        return 0
    }
}
