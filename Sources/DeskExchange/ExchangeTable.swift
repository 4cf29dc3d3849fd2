import DeskCore
import Foundation
import SwiftCSV

/// The two file formats the exchange reads and writes.
public enum ExchangeFormat: String, Sendable, CaseIterable {
    case csv, json

    /// By the file's extension; CSV unless it ends in `.json`.
    public init(path: String) { self = path.lowercased().hasSuffix(".json") ? .json : .csv }
}

/// A file that is not the format at all: nothing of it is taken in.
public struct ExchangeFileError: Error, Sendable, Equatable {
    public let reason: Phrase
}

/// One row of a file: its number as a person finds it (in CSV, the spreadsheet's row, the
/// header being row 1; in JSON, the object's place in the array, from 1) and its values by column.
public struct ExchangeRow: Sendable, Equatable {
    public let number: Int
    public let values: [String: String]

    /// The value of `column`, trimmed of white space and line breaks; empty when absent. (Trimmed
    /// here rather than by Foundation's `trimmingCharacters`, which costs more than the rest of a row.)
    public func callAsFunction(_ column: String) -> String {
        guard let value = values[column], let first = value.firstIndex(where: { !$0.isWhitespace }),
              let last = value.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return first == value.startIndex && last == value.index(before: value.endIndex) ? value : String(value[first...last])
    }
}

/// A row that cannot be taken in, and why.
public struct RowProblem: Error, Sendable, Equatable {
    public let row: Int
    public let reason: Phrase

    public init(row: Int, reason: Phrase) {
        self.row = row
        self.reason = reason
    }
}

public enum ExchangeTable {
    /// The rows of `data`, which must name every one of `columns` (CSV: in its header). Bytes that
    /// are not UTF-8 become U+FFFD, a leading byte-order mark is dropped, and blank rows are skipped.
    public static func read(_ data: Data, format: ExchangeFormat, columns: [String]) throws(ExchangeFileError) -> [ExchangeRow] {
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExchangeFileError(reason: ExchangeText.notUTF8OrEmpty)
        }
        return switch format {
        case .csv: try csv(text, columns: columns)
        case .json: try json(text)
        }
    }

    private static func csv(_ text: String, columns: [String]) throws(ExchangeFileError) -> [ExchangeRow] {
        let table: EnumeratedCSV
        do {
            table = try EnumeratedCSV(string: text, delimiter: .comma, loadColumns: false)
        } catch {
            throw ExchangeFileError(reason: ExchangeText.notCSV(String(describing: error)))
        }
        let header = table.header.map { $0.trimmingCharacters(in: .whitespaces) }
        let missing = columns.filter { !header.contains($0) }
        guard missing.isEmpty else { throw ExchangeFileError(reason: ExchangeText.missingColumns(missing)) }
        return table.rows.enumerated().compactMap { index, fields in
            guard fields.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else { return nil }
            let values = Dictionary(zip(header, fields), uniquingKeysWith: { first, _ in first })
            return ExchangeRow(number: index + 2, values: values)
        }
    }

    private static func json(_ text: String) throws(ExchangeFileError) -> [ExchangeRow] {
        guard let items = (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [Any],
              items.isEmpty || items.contains(where: { $0 is [String: Any] }) else {
            throw ExchangeFileError(reason: ExchangeText.notJSON)
        }
        return items.enumerated().map { index, item in
            let object = item as? [String: Any] ?? [:]
            return ExchangeRow(number: index + 1, values: object.compactMapValues(Self.text))
        }
    }

    /// A JSON value as the text a CSV cell would hold: numbers and booleans as written.
    private static func text(_ value: Any) -> String? {
        switch value {
        case let text as String: text
        case let number as NSNumber: number.stringValue
        default: nil
        }
    }
}
