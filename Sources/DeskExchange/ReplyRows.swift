import DeskCore
import Foundation

/// A replies file (docs/exchange.md): the street's answer to each 12345 order, for upload to the
/// hotline's system.
public enum ReplyRows {
    public static let columns = ["order", "case", "feedback", "resolution", "replied_at", "department"]

    /// The orders answered at or after `since` (every answered one when nil), in intake order:
    /// the latest feedback `feedback` reads from the journal, how the case was concluded
    /// (`solved`, `unsolvable` or `in-progress`), when, and who handled it.
    public static func rows(_ state: DeskState, since: Date?, in zone: TimeZone,
                            feedback: (Case) throws -> String) rethrows -> [[String]] {
        guard let street = state.street else { return [] }
        return try state.caseOrder.compactMap { id -> [String]? in
            guard let item = state.cases[id], let order = item.order, let repliedAt = item.feedbackAt,
                  since.map({ repliedAt >= $0 }) ?? true else { return nil }
            let resolution = item.resolvedAt == nil ? "in-progress" : item.unsolvableReason == nil ? "solved" : "unsolvable"
            let handler = item.departments.isEmpty ? street.name : item.departments.map(street.departmentName).joined(separator: "、")
            return [order.order, id.raw, try feedback(item), resolution, time(repliedAt, in: zone), handler]
        }
    }

    /// `2026-11-27T14:05:00+08:00`: what every exchange file writes, and reads back.
    public static func time(_ date: Date, in zone: TimeZone) -> String {
        Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: zone).format(date)
    }
}

/// Rows of text written out as a file of either format.
public enum ExchangeWriter {
    public static func write(_ rows: [[String]], columns: [String], format: ExchangeFormat) throws -> String {
        switch format {
        case .csv:
            return ([columns] + rows).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n")
        case .json:
            let objects = rows.map { Dictionary(zip(columns, $0), uniquingKeysWith: { first, _ in first }) }
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
    }

    /// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
