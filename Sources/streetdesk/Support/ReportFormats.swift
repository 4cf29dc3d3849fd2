import DeskCore
import DeskUI
import Foundation

/// The four shapes of a report: aligned text for a terminal, Markdown for the monthly write-up,
/// CSV for a spreadsheet, JSON for tools.
enum ReportFormat: String, CaseIterable {
    case text, md, csv, json
}

extension ReportTable {
    func render(_ format: ReportFormat) throws -> String {
        switch format {
        case .text: text
        case .md: markdown
        case .csv: csv
        case .json: try json()
        }
    }

    var text: String {
        let grid = cells
        let widths = grid[0].indices.map { column in grid.map { DisplayWidth.width(of: $0[column]) }.max() ?? 0 }
        let lines = grid.map { row in
            zip(row, widths).map { DisplayWidth.pad($0, to: $1) }.joined(separator: "  ").replacing(/\ +$/, with: "")
        }
        return ([title, ""] + lines + notes).joined(separator: "\n")
    }

    var markdown: String {
        let grid = cells.map { row in row.map { $0.replacingOccurrences(of: "|", with: "\\|") } }
        let lines = grid.map { "| " + $0.joined(separator: " | ") + " |" }
        let rule = "|" + grid[0].indices.map { $0 == 0 ? "---|" : "---:|" }.joined()
        return (["## " + title, "", lines[0], rule] + lines.dropFirst() + notes).joined(separator: "\n")
    }

    /// The words under the table: what overdue means, how changes read, the Art 44 list.
    private var notes: [String] {
        var notes = ["", ReportText.overdueMeans(language)]
        if slice == .tag { notes.append(ReportText.tagsOverlap(language)) }
        if previous != nil { notes.append(ReportText.ratesInPoints(language)) }
        notes.append("")
        notes.append(ReportText.disagreements(disagreements.count)(language))
        for d in disagreements {
            notes.append("- \(d.id)  " + d.rates.map { $0.label(language) }.joined(separator: language == .zh ? "、" : ", "))
        }
        notes.append("")
        notes.append(ReportText.refusals(refusals.count)(language))
        for r in refusals {
            // A reason stays on its one line, whatever it holds.
            notes.append("- \(ClockText.stamp(r.at, in: street.timeZone))  \(r.whistle)  \(street.departmentName(r.department))  \(Sanitize.forDisplay(r.reason))")
        }
        return notes
    }

    /// One row per slice (and, comparing, per period and change), every figure a number: rates
    /// and the composite as percentages with one decimal, empty where there was nothing to count.
    var csv: String {
        let header = [ReportText.scope(language), "id", ReportText.period(language)] + ReportMeasure.all.map { $0.title(language) }
        func numbers(_ values: [Double?], rates: Bool) -> [String] {
            zip(ReportMeasure.all, values).map { measure, value in
                guard let value else { return "" }
                return measure.isRate && rates ? String(format: "%.1f", value * 100)
                    : value == value.rounded() ? "\(Int(value))" : String(format: "%.2f", value)
            }
        }
        var lines = [header]
        for row in rows {
            lines.append([row.name, row.id, period.label] + numbers(ReportMeasure.all.map { $0.value(row.now) }, rates: true))
            if let before = row.before, let previous {
                lines.append([row.name, row.id, previous.label] + numbers(ReportMeasure.all.map { $0.value(before) }, rates: true))
                lines.append([row.name, row.id, ReportText.change(language)]
                             + numbers(ReportMeasure.all.map { $0.change(row.now, before) }, rates: true))
            }
        }
        return lines.map { $0.map(Self.csvField).joined(separator: ",") }.joined(separator: "\n")
    }

    private static func csvField(_ text: String) -> String {
        text.contains(where: { ",\"\r\n".contains($0) }) ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }

    func json() throws -> String {
        func object(_ f: ScopeFigures) -> [String: Any] {
            Dictionary(uniqueKeysWithValues: ReportMeasure.all.map { ($0.key, $0.value(f).map(Self.jsonNumber) ?? NSNull()) })
        }
        var street = object(rows[0].now)
        if let before = rows[0].before { street["previous"] = object(before) }
        var result: [String: Any] = [
            "street": street, "period": period.json, "by": slice.rawValue,
            "slices": rows.dropFirst().map { row -> [String: Any] in
                var entry = object(row.now)
                entry["id"] = row.id
                entry["name"] = row.name
                if let before = row.before { entry["previous"] = object(before) }
                return entry
            },
            "refusals": refusals.map { ["at": Timestamp.format($0.at), "whistle": $0.whistle.raw, "department": $0.department.raw, "reason": $0.reason] },
            "disagreements": disagreements.map { ["case": $0.id.raw, "rates": $0.rates.map(\.rawValue)] },
        ]
        if let previous { result["previousPeriod"] = previous.json }
        return String(decoding: try JSONSerialization.data(withJSONObject: result, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }

    /// Whole numbers as integers, so that `"calledBack":1` reads as a count.
    private static func jsonNumber(_ value: Double) -> Any { value == value.rounded() && abs(value) < 1e15 ? Int(value) as Any : value }
}
