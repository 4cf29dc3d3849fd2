import DeskCore
import Foundation

/// An orders file (docs/exchange.md): one 12345 work order per row.
public enum OrderRows {
    public static let columns = ["order", "received", "dispatched", "type", "category", "address", "summary", "phone",
                                 "respond_by", "resolve_by", "urgency", "urged", "sent_back"]
    /// The columns a file must have; the others may be left out.
    public static let required = ["order", "received", "type", "category", "address", "summary", "respond_by", "resolve_by"]

    /// The order a row describes, times read in the street's `zone`, or why it cannot be taken in.
    public static func order(_ row: ExchangeRow, in zone: TimeZone, now: Date) -> Result<HotlineOrder, RowProblem> {
        Result { () throws(RowProblem) -> HotlineOrder in
            let read = RowReader(row: row, zone: zone, now: now)
            let received = try read.time("received")
            return HotlineOrder(
                number: try read.required("order"), receivedAt: received,
                dispatchedAt: row("dispatched").isEmpty ? received : try read.time("dispatched"),
                type: try read.choice("type", RequestType.self), categoryText: row("category"),
                address: row("address"), summary: try read.required("summary"),
                phone: row("phone").isEmpty ? nil : row("phone"),
                respondBy: try read.time("respond_by"), resolveBy: try read.time("resolve_by"),
                urgency: row("urgency").isEmpty ? nil : try read.choice("urgency", TimeLimitClass.self),
                urged: try read.count("urged"), sentBack: try read.count("sent_back"))
        }
    }
}

/// A call-backs file (docs/exchange.md): the hotline centre's result per order.
public enum EvaluationRows {
    public static let columns = ["order", "responded", "solved", "satisfaction"]

    public struct Evaluation: Sendable, Equatable {
        public let order: String
        public let responded: Bool
        public let solved: Bool
        public let satisfaction: Satisfaction
    }

    public static func evaluation(_ row: ExchangeRow) -> Result<Evaluation, RowProblem> {
        Result { () throws(RowProblem) -> Evaluation in
            let read = RowReader(row: row, zone: .gmt, now: Date())
            return Evaluation(order: try read.required("order"), responded: try read.choice("responded", Responded.self) == .yes,
                              solved: try read.choice("solved", Solved.self) == .yes,
                              satisfaction: try read.choice("satisfaction", Satisfaction.self))
        }
    }
}

/// Reads one row's values, each refusal naming the row and the column.
struct RowReader {
    let row: ExchangeRow
    let zone: TimeZone
    let now: Date

    func fail(_ reason: Phrase) -> RowProblem { RowProblem(row: row.number, reason: reason) }

    func required(_ column: String) throws(RowProblem) -> String {
        let value = row(column)
        guard !value.isEmpty else { throw fail(ExchangeText.emptyValue(column)) }
        return value
    }

    func time(_ column: String) throws(RowProblem) -> Date {
        let value = try required(column)
        do {
            return try ClockText.read(value, field: Phrase(column, column), in: zone, now: now)
        } catch {
            throw fail(ExchangeText.badValue(column, value, expected: "YYYY-MM-DD HH:mm / ISO 8601"))
        }
    }

    /// A value by its name (`complaint`), its Chinese label (`投诉`), or for yes/no `true`/`1`.
    func choice<T: CaseIterable & Labelled & RawRepresentable<String>>(_ column: String, _ type: T.Type) throws(RowProblem) -> T {
        let value = try required(column)
        let aliases = ["true": "yes", "1": "yes", "false": "no", "0": "no"]
        let name = aliases[value.lowercased()] ?? value.lowercased()
        if let found = T.allCases.first(where: { $0.rawValue == name || $0.label.zh == value }) { return found }
        throw fail(ExchangeText.badValue(column, value, expected: T.allCases.map(\.rawValue).joined(separator: "|")))
    }

    /// A whole number of times, 0 when left empty.
    func count(_ column: String) throws(RowProblem) -> Int {
        let value = row(column)
        guard !value.isEmpty else { return 0 }
        guard let n = Int(value), n >= 0 else { throw fail(ExchangeText.badValue(column, value, expected: "0, 1, 2…")) }
        return n
    }
}
