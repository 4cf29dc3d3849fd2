import Foundation

/// One table: a row per figure, a column per journal size, the goal, and a mark per cell
/// (✓ meets the goal, ✗ misses it). Times read "median / p99".
struct FigureTable {
    let columns: [(size: Int, measurement: Measurement)]
    let runs: Int

    init(_ columns: [(size: Int, measurement: Measurement)], runs: Int) { (self.columns, self.runs) = (columns, runs) }

    var text: String {
        var rows = [["figure"] + columns.map { label($0.size) } + ["goal"]]
        rows.append(["entries / cases / open"] + columns.map {
            "\($0.measurement.entries) / \($0.measurement.cases) / \($0.measurement.openCases)"
        } + [""])
        for figure in Figure.all {
            rows.append([figure.label] + columns.map { column in
                guard let stat = column.measurement.figures[figure.key] else { return "—" }
                let mark = figure.overGoal(stat).map { $0 <= 1 ? " ✓" : " ✗" } ?? ""
                return figure.format(stat) + mark
            } + [figure.goalText])
        }
        let widths = rows[0].indices.map { i in rows.map { $0[i].count }.max()! }
        return rows.enumerated().map { n, row in
            let line = row.enumerated().map { i, cell in cell + String(repeating: " ", count: widths[i] - cell.count) }
                .joined(separator: "  ")
            return n == 0 ? line + "\n" + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") : line
        }.joined(separator: "\n") + """

            Times are median / p99: one-off operations over \(runs) runs (do: \(max(runs, 10))), frames over \(20 * runs) \
            samples each, appends over \(80 * runs). Goals are for 1M entries with 20,000 open cases; \
            p99 goals are judged at p99, the rest at the median.
            """
    }

    /// Figures more than `factor` times their goal, named with the size.
    func over(factor: Double) -> [String] {
        columns.flatMap { column in
            Figure.all.compactMap { figure in
                guard let stat = column.measurement.figures[figure.key], let over = figure.overGoal(stat), over > factor
                else { return nil }
                return "\(figure.label.trimmingCharacters(in: .whitespaces)) at \(label(column.size)): "
                    + "\(figure.format(figure.value(stat))) (goal \(figure.goalText))"
            }
        }
    }
}
