@testable import DeskCore
import DeskDemo
import Foundation
import PropertyBased
import Testing

/// `EventCoding.decode` against the JSONDecoder it replaced, kept here as the oracle: same events for what the
/// desk writes, errors with a useful detail for what it does not, and no crash on anything.
@Suite struct PayloadDecodingTests {
    static let demo = DemoHistory.generate(profile: try! DemoProfile.load(), endingAt: Date(timeIntervalSince1970: 1_795_600_000))

    /// The decoder the journal used before: JSONDecoder, dates through `Timestamp.parse`.
    static func oracle<T: Decodable>(_ type: T.Type, _ payload: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = Timestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad date '\(text)'")
            }
            return date
        }
        return try decoder.decode(T.self, from: Data(payload.utf8))
    }

    /// Decodes `payload` both ways as the payload type of `like`; equal results, or both throw.
    static func agree(_ payload: String, like: DeskEvent) -> Bool {
        func compare<T: Decodable & Equatable>(_: T) -> Bool {
            let old = try? oracle(T.self, payload)
            let new = try? EventCoding.decode(kind: like.kind, payload: payload)
            return old == (new?.payload as? T)
        }
        let payloadValue = like.payload as! any Decodable & Equatable
        return compare(payloadValue)
    }

    @Test func everyDemoEntryDecodesAsJSONDecoderDecodedIt() throws {
        #expect(Set(Self.demo.map(\.event.kind)).count >= 20, "the demo should exercise nearly every kind")
        for entry in Self.demo {
            let payload = EventCoding.encode(entry.event)
            #expect(try EventCoding.decode(kind: entry.event.kind, payload: payload) == entry.event)
            #expect(Self.agree(payload, like: entry.event), "\(entry.event.kind): \(payload)")
        }
    }

    @Test func escapesAndSurrogatePairsAreDecoded() throws {
        let payload = #"{"id":"C0001","note":"\"引号\" \\ \/ \b\f\n\r\t \u738b\u82B3 \ud83d\ude00 é"}"#
        let event = try EventCoding.decode(kind: "case.contacted", payload: payload)
        #expect(event == .caseContacted(CaseNote(id: "C0001", note: "\"引号\" \\ / \u{8}\u{c}\n\r\t 王芳 😀 é")))
        #expect(Self.agree(payload, like: event))
    }

    /// Text with every kind of character JSONEncoder escapes survives the round trip.
    @Test func notesOfAnyCharactersRoundTrip() async {
        let pool = Array("aZ0 \"\\/\n\r\t\u{0}\u{1}\u{1f}\u{7f}é王芳😀\u{200b}\u{feff}'<>&")
        await propertyCheck(count: 200, input: Gen.int(in: 0...(pool.count - 1)).array(of: 0...40)) { picks in
            let event = DeskEvent.caseProgressed(CaseNote(id: "C0042", note: String(picks.map { pool[$0] })))
            let payload = EventCoding.encode(event)
            #expect((try? EventCoding.decode(kind: event.kind, payload: payload)) == event, "\(payload)")
        }
    }

    @Test(arguments: [
        (#"{"id":"C0001"}"#, "note"),                                          // missing key
        (#"{"id":7,"note":"x"}"#, "id"),                                       // wrong type
        (#"{"id":null,"note":"x"}"#, "id"),                                    // null
        (#"{"id":"C0001","note":"x""#, "not valid JSON"),                      // truncated
        (#"{"id":"C0001","note":"\ud800"}"#, "surrogate"),                     // half a pair
        (#"{"id":"C0001","note":"x"} {}"#, "not valid JSON"),                  // trailing text
    ])
    func malformedNotesSayWhatIsWrong(payload: String, detail: String) {
        #expect(throws: EventDecodingError.self) { try EventCoding.decode(kind: "case.closed", payload: payload) }
        do {
            _ = try EventCoding.decode(kind: "case.closed", payload: payload)
        } catch {
            #expect("\(error)".contains(detail), "\(error)")
        }
    }

    @Test func badDatesAndNestedErrorsNameTheirPath() throws {
        let whistle = try #require(Self.demo.first { $0.event.kind == "whistle.blown" }).event
        let payload = EventCoding.encode(whistle)
        let badDate = payload.replacingOccurrences(of: #""reportBy":"20"#, with: #""reportBy":"yesterday 20"#)
        #expect(badDate != payload)
        do {
            _ = try EventCoding.decode(kind: whistle.kind, payload: badDate)
            Issue.record("a bad date was accepted")
        } catch {
            #expect("\(error)".contains("bad date 'yesterday 20"))
            #expect("\(error)".contains("summons"), "the path names the array: \(error)")
            #expect("\(error)".contains("reportBy"), "and the field: \(error)")
        }
        #expect(Self.agree(badDate, like: whistle))
    }

    /// Every prefix of every kind's payload throws (JSON has no prefix that is a whole object), never crashes.
    @Test func truncatedPayloadsThrow() {
        var seen = Set<String>()
        for entry in Self.demo where seen.insert(entry.event.kind).inserted {
            let bytes = Array(EventCoding.encode(entry.event).utf8)
            for end in 0..<bytes.count {
                let prefix = String(decoding: bytes[..<end], as: UTF8.self)
                #expect(throws: EventDecodingError.self) { try EventCoding.decode(kind: entry.event.kind, payload: prefix) }
            }
        }
    }

    /// Changing a few bytes of a real payload: the new decoder and JSONDecoder accept and refuse the same payloads,
    /// with the same values.
    @Test func mutatedPayloadsDecodeAsJSONDecoderDoes() async {
        let samples = Dictionary(Self.demo.map { ($0.event.kind, $0.event) }, uniquingKeysWith: { first, _ in first })
            .values.sorted { $0.kind < $1.kind }
        let alphabet = Array(#"{}[]:,"\ -.0123456789eEtrufalsn "#.utf8)
        let edits = Gen.int(in: 0...Int(UInt16.max)).array(of: 1...3)
        await propertyCheck(count: 400, input: Gen.int(in: 0...(samples.count - 1)), edits) { which, edits in
            let event = samples[which]
            var bytes = Array(EventCoding.encode(event).utf8)
            for edit in edits {
                bytes[edit % bytes.count] = alphabet[(edit / bytes.count) % alphabet.count]
            }
            let payload = String(decoding: bytes, as: UTF8.self)
            #expect(Self.agree(payload, like: event), "\(event.kind): \(payload)")
        }
    }

    @Test func randomBytesNeverCrash() async {
        await propertyCheck(count: 500, input: Gen.int(in: 0...255).array(of: 0...120)) { bytes in
            let payload = String(decoding: bytes.map(UInt8.init), as: UTF8.self)
            for kind in ["case.intake", "whistle.blown", "street.configured", "utility.rated"] {
                _ = try? EventCoding.decode(kind: kind, payload: payload)
            }
        }
    }

    @Test func deepNestingIsRefusedNotOverflowed() {
        let deep = String(repeating: "[", count: 100_000)
        #expect(throws: EventDecodingError.self) { try EventCoding.decode(kind: "case.closed", payload: deep) }
    }

    /// Payload dates go through a fast path for the shape `Timestamp.format` writes; it must agree with `parse`.
    @Test func fastTimestampsAgreeWithParse() async {
        let texts = Gen.int(in: 0...Int.max).array(of: 7)
        await propertyCheck(count: 2000, input: texts) { r in
            let year = [1600, 1899, 1970, 2000, 2026, 2100, 9999][r[0] % 7] + r[0] % 3 - 1
            let text = String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", year, r[1] % 14, r[2] % 33, r[3] % 26,
                              r[4] % 62, r[5] % 62, r[6] % 1000)
            var bytes = text
            #expect(bytes.withUTF8 { Timestamp.parse(utf8: $0) } == Timestamp.parse(text), "\(text)")
        }
    }
}
