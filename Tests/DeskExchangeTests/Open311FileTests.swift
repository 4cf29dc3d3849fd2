import DeskCore
@testable import DeskExchange
import Foundation
import Testing

/// GeoReport v2 responses on their own: the specification's own examples in both encodings, what
/// real feeds send (numbers unquoted or quoted, empty strings, nulls, offsets), where unreadable
/// input stops, and how hostile text is written.
@Suite struct Open311FileTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/samples")
    static let beijing = TimeZone(identifier: "Asia/Shanghai")!

    static func requests(_ data: Data, _ format: Open311Format) throws -> [ServiceRequest] {
        try Open311Requests.read(data, format: format).map { try Open311Requests.request($0, in: beijing).get() }
    }

    static func requests(_ text: String, _ format: Open311Format = .json) throws -> [ServiceRequest] {
        try requests(Data(text.utf8), format)
    }

    @Test func theSpecificationsExamplesReadTheSameInJSONAndXML() throws {
        let json = try Self.requests(try Data(contentsOf: Self.samples.appendingPathComponent("open311-requests.json")), .json)
        let xml = try Self.requests(try Data(contentsOf: Self.samples.appendingPathComponent("open311-requests.xml")), .xml)
        #expect(json == xml)
        #expect(json.map(\.requestID) == ["638344", "638349"])
        let first = try #require(json.first)
        // `006` written unquoted keeps its zeros; the trailing space of the URL is trimmed.
        #expect(first.serviceCode == "006" && first.closed && first.statusNotes == "Duplicate request.")
        #expect(first.description == nil && first.agencyResponsible == nil)
        #expect(first.requestedAt == Date(timeIntervalSince1970: 1_271_255_858))  // 2010-04-14T14:37:38Z
        #expect(first.lat == "37.762221815" && first.long == "-122.4651145" && first.zipcode == "94122")
        #expect(first.mediaURL == "http://city.gov.s3.amazonaws.com/requests/media/638344.jpg")
    }

    @Test func whatRealFeedsSendIsAccepted() throws {
        let read = try Self.requests("""
        [{"service_request_id": "A1", "service_code": 12, "lat": "39.9", "long": 116.4, "status": "",
          "requested_datetime": "2026-11-27T08:00:00Z", "updated_datetime": "2026-11-27T16:00:00.250+08:00",
          "expected_datetime": "2026-11-28 09:30", "description": "", "extension": {"x": [1, 2]}},
         {"service_request_id": 7, "service_code": "env.garbage", "status": "CLOSED"}]
        """)
        #expect(read.count == 2)
        #expect(read[0].serviceCode == "12" && read[0].lat == "39.9" && read[0].long == "116.4" && !read[0].closed)
        #expect(read[0].requestedAt == read[0].updatedAt?.addingTimeInterval(-0.25))
        #expect(read[0].expectedAt == W3CTime.read("2026-11-28T09:30:00+08:00", in: .gmt))
        #expect(read[0].description == nil)
        #expect(read[1].requestID == "7" && read[1].closed && read[1].requestedAt == nil)
    }

    @Test func aBadRequestIsItsOwnProblemNamingItsPlaceAndField() throws {
        let rows = try Open311Requests.read(Data(#"[{"service_request_id": "A1", "service_code": "x", "lat": "95"}, {"service_code": "x"}]"#.utf8), format: .json)
        let problems = rows.map { Open311Requests.request($0, in: Self.beijing) }.compactMap { result -> RowProblem? in
            if case .failure(let problem) = result { problem } else { nil }
        }
        #expect(problems.map(\.row) == [1, 2])
        #expect(problems.first?.reason.en.contains("lat '95'") == true)
        #expect(problems.last?.reason.en == "service_request_id is empty")
    }

    @Test func unreadableJSONNamesTheLineAndColumnWhereItStopped() {
        #expect(throws: ExchangeFileError(reason: ExchangeText.jsonStops(line: 3, column: 23, ExchangeText.expected("“,” / “}”")))) {
            try Open311Requests.read(Data("[\n {\"service_request_id\": 1,\n  \"service_code\": \"x\" \"status\": \"open\"}\n]".utf8), format: .json)
        }
        #expect(throws: ExchangeFileError(reason: ExchangeText.notOpen311)) {
            try Open311Requests.read(Data(#"{"code": 403, "description": "Invalid api_key"}"#.utf8), format: .json)
        }
    }

    @Test func unreadableXMLNamesTheElementWhereItStopped() {
        let text = "<service_requests>\n<request><service_request_id>1</service_request_id></request>\n<request><lat>3</long></request></service_requests>"
        do {
            _ = try Open311Requests.read(Data(text.utf8), format: .xml)
            Issue.record("read")
        } catch {
            #expect(error.reason.en.hasPrefix("XML stops being well-formed at line 3"), "\(error.reason.en)")
            #expect(error.reason.en.hasSuffix("(in service_requests/request[2]/lat)"), "\(error.reason.en)")
        }
        #expect(throws: ExchangeFileError(reason: ExchangeText.notOpen311Root("errors"))) {
            try Open311Requests.read(Data("<errors><error><code>403</code></error></errors>".utf8), format: .xml)
        }
    }

    @Test func invalidUTF8IsReplacedNotRefused() throws {
        let data = Data(#"[{"service_request_id": "A1", "service_code": "x", "description": "坏"#.utf8) + Data([0xFF, 0xFE]) + Data(#""}]"#.utf8)
        #expect(try Self.requests(data, .json).first?.description == "坏\u{FFFD}\u{FFFD}")
    }

    /// Escape sequences, bidi overrides and a field of 5,000 characters survive both encodings
    /// except the C0 controls XML 1.0 cannot carry; neither output holds a raw control.
    @Test func hostileTextIsWrittenSafelyAndReadBack() throws {
        let hostile = "\u{1B}]0;pwned\u{07}\u{1B}[2J \u{9B}31m \u{202E}evil <b>&amp;</b> \"q\"" + String(repeating: "长", count: 5000)
        let record: Open311Export.Record = [("service_request_id", .text("H1")), ("service_code", .text("x")),
                                            ("description", .text(hostile)), ("lat", .number("39.9"))]
        let json = Open311Writer.write([record], as: .requests, format: .json)
        let xml = Open311Writer.write([record], as: .requests, format: .xml)
        for text in [json, xml] {
            #expect(!text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || $0 == "\u{1B}" })
        }
        #expect(try Self.requests(json).first?.description == hostile)
        let fromXML = try #require(try Self.requests(Data(xml.utf8), .xml).first)
        #expect(fromXML.description == hostile.replacingOccurrences(of: "\u{1B}", with: "\u{FFFD}").replacingOccurrences(of: "\u{07}", with: "\u{FFFD}"))
        #expect(fromXML.lat == "39.9")
    }

    @Test func anEmptyListWritesAnEmptyDocument() {
        #expect(Open311Writer.write([], as: .requests, format: .json) == "[]")
        #expect(Open311Writer.write([], as: .services, format: .xml) == "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<services>\n</services>")
    }
}
