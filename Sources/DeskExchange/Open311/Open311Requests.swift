import DeskCore
import Foundation

/// The two encodings of a GeoReport v2 response.
public enum Open311Format: String, Sendable, CaseIterable {
    case json, xml

    /// By the file's extension; JSON unless it ends in `.xml`.
    public init(path: String) { self = path.lowercased().hasSuffix(".xml") ? .xml : .json }
}

/// A GeoReport v2 `GET requests` response (docs/exchange.md): one service request per element.
public enum Open311Requests {
    /// The response's requests, each numbered by its place in the file (from 1). Bytes that are
    /// not UTF-8 become U+FFFD; JSON `null` is a field left out; nested values (extensions) are
    /// left out. A document that is not a response at all is one error naming where it stopped.
    public static func read(_ data: Data, format: Open311Format) throws(ExchangeFileError) -> [ExchangeRow] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExchangeFileError(reason: ExchangeText.notUTF8OrEmpty)
        }
        switch format {
        case .json: return try json(text)
        case .xml: return try xml(Data(text.utf8))
        }
    }

    private static func json(_ text: String) throws(ExchangeFileError) -> [ExchangeRow] {
        let document: FeedJSON.Value
        do {
            document = try FeedJSON.parse(text)
        } catch {
            throw ExchangeFileError(reason: ExchangeText.jsonStops(line: error.line, column: error.column, error.expected))
        }
        let items: [FeedJSON.Value]
        switch document {
        case .array(let list): items = list
        // Some servers wrap the list as the XML does.
        case .object(let members) where members.contains(where: { $0.key == "service_requests" }):
            guard case .array(let list)? = members.first(where: { $0.key == "service_requests" })?.value else { fallthrough }
            items = list
        default: throw ExchangeFileError(reason: ExchangeText.notOpen311)
        }
        return items.enumerated().map { index, item in
            var values = [String: String]()
            if case .object(let members) = item {
                for (key, value) in members { if case .scalar(let text) = value { values[key] = text } }
            }
            return ExchangeRow(number: index + 1, values: values)
        }
    }

    private static func xml(_ data: Data) throws(ExchangeFileError) -> [ExchangeRow] {
        let document: (root: String, items: [[String: String]])
        do {
            document = try FeedXML.requests(data)
        } catch {
            throw ExchangeFileError(reason: ExchangeText.xmlStops(line: error.line, column: error.column, path: error.path))
        }
        guard document.root == "service_requests" else { throw ExchangeFileError(reason: ExchangeText.notOpen311Root(document.root)) }
        return document.items.enumerated().map { ExchangeRow(number: $0 + 1, values: $1) }
    }

    /// The request one element describes, times without an offset read in the street's `zone`,
    /// or why it cannot be taken in. Empty fields count as left out.
    public static func request(_ row: ExchangeRow, in zone: TimeZone) -> Result<ServiceRequest, RowProblem> {
        Result { () throws(RowProblem) -> ServiceRequest in
            let read = RowReader(row: row, zone: zone, now: Date())
            func optional(_ column: String) -> String? { row(column).isEmpty ? nil : row(column) }
            func time(_ column: String) throws(RowProblem) -> Date? {
                guard let text = optional(column) else { return nil }
                guard let date = W3CTime.read(text, in: zone) else {
                    throw read.fail(ExchangeText.badValue(column, text, expected: "2010-04-14T06:37:38-08:00"))
                }
                return date
            }
            func degrees(_ column: String, within limit: Double) throws(RowProblem) -> String? {
                guard let text = optional(column) else { return nil }
                guard let value = Double(text), value.isFinite, abs(value) <= limit else {
                    throw read.fail(ExchangeText.badValue(column, text, expected: "-\(Int(limit))…\(Int(limit))"))
                }
                return text
            }
            let status = row("status").lowercased()
            guard ["", "open", "closed"].contains(status) else {
                throw read.fail(ExchangeText.badValue("status", row("status"), expected: "open|closed"))
            }
            return ServiceRequest(
                requestID: try read.required("service_request_id"), serviceCode: try read.required("service_code"),
                serviceName: optional("service_name"), closed: status == "closed", statusNotes: optional("status_notes"),
                description: optional("description"), agencyResponsible: optional("agency_responsible"),
                serviceNotice: optional("service_notice"), requestedAt: try time("requested_datetime"),
                updatedAt: try time("updated_datetime"), expectedAt: try time("expected_datetime"),
                address: optional("address"), addressID: optional("address_id"), zipcode: optional("zipcode"),
                lat: try degrees("lat", within: 90), long: try degrees("long", within: 180), mediaURL: optional("media_url"))
        }
    }
}

/// The W3C subset of ISO 8601 the specification names: `2010-04-14T06:37:38-08:00`, `…38Z`,
/// fractions of a second allowed; seconds, and an offset, may be left out (then the street's zone).
public enum W3CTime {
    nonisolated(unsafe) private static let pattern =
        /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/

    public static func read(_ text: String, in zone: TimeZone) -> Date? {
        guard let m = text.trimmingCharacters(in: .whitespaces).wholeMatch(of: pattern) else { return nil }
        let given: TimeZone? = if let o = m.8 { offset(String(o)) } else { zone }
        guard let here = given else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = here
        let parts = DateComponents(timeZone: here, year: Int(m.1), month: Int(m.2), day: Int(m.3), hour: Int(m.4),
                                   minute: Int(m.5), second: m.6.flatMap { Int($0) } ?? 0)
        guard parts.isValidDate(in: calendar), let whole = calendar.date(from: parts) else { return nil }
        let fraction = m.7.flatMap { Double("0." + $0) } ?? 0
        return whole.addingTimeInterval(fraction)
    }

    private static func offset(_ text: String) -> TimeZone? {
        if text.uppercased() == "Z" { return TimeZone(secondsFromGMT: 0) }
        let sign = text.hasPrefix("-") ? -1 : 1
        let digits = text.dropFirst().filter(\.isNumber)
        let hours = Int(digits.prefix(2)) ?? 0, minutes = Int(digits.dropFirst(2)) ?? 0
        return TimeZone(secondsFromGMT: sign * (hours * 3600 + minutes * 60))
    }
}
