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
            do {
                _ = EventCoding.encode(try EventCoding.decode(kind: kind, payload: payload))
                decoded += 1
            } catch let error as EventDecodingError {
                _ = error.description
            } catch {
                Issue.record("not a decoding error: \(error)")
            }
        }
        #expect(decoded > 0)
    }
}
