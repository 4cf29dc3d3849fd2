import Foundation

/// The speed figures of the product issue, with their goals at 1M entries and 20,000 open cases.
struct Figure {
    enum Unit { case seconds, bytes, ratio }
    /// Which statistic the goal is about: per-interaction latencies at p99, one-off operations at the median.
    enum Judged { case p50, p99 }

    let key: String
    let label: String
    let unit: Unit
    let goal: Double?
    let judged: Judged

    static let boards = ["map", "complaints", "whistles", "dispatches", "departments", "today"]

    static let all: [Figure] = [
        Figure(key: "open", label: "open → first full frame", unit: .seconds, goal: 0.5, judged: .p50),
    ] + boards.map {
        Figure(key: "cursor.\($0)", label: "cursor move, \($0)", unit: .seconds, goal: 0.002, judged: .p99)
    } + [
        Figure(key: "frame.any", label: "any frame (200×60, key + render + diff)", unit: .seconds, goal: 0.008, judged: .p99),
        Figure(key: "frame.switch", label: "  board switch", unit: .seconds, goal: 0.008, judged: .p99),
        Figure(key: "frame.detail", label: "  detail open / close", unit: .seconds, goal: 0.008, judged: .p99),
        Figure(key: "frame.live", label: "  live update (tick + frame)", unit: .seconds, goal: 0.008, judged: .p99),
        Figure(key: "filter", label: "/ filter keystroke, complaints", unit: .seconds, goal: 0.030, judged: .p99),
        Figure(key: "do", label: "streetdesk do intake, end to end", unit: .seconds, goal: 0.030, judged: .p50),
        Figure(key: "do.signed", label: "  with the officer's credential (scrypt)", unit: .seconds, goal: nil, judged: .p50),
        Figure(key: "append", label: "in-process append (perform intake)", unit: .seconds, goal: nil, judged: .p50),
        Figure(key: "raw.commit", label: "  baseline: raw SQLite commit", unit: .seconds, goal: nil, judged: .p50),
        Figure(key: "append.ratio", label: "  append ÷ raw commit", unit: .ratio, goal: 2, judged: .p50),
        Figure(key: "replay", label: "full replay", unit: .seconds, goal: 5, judged: .p50),
        Figure(key: "verify", label: "verify", unit: .seconds, goal: nil, judged: .p50),
        Figure(key: "hash.loop", label: "  baseline: read + hash loop", unit: .seconds, goal: nil, judged: .p50),
        Figure(key: "verify.ratio", label: "  verify ÷ hash loop", unit: .ratio, goal: 2, judged: .p50),
        Figure(key: "memory", label: "peak resident memory", unit: .bytes, goal: 300e6, judged: .p50),
    ] + ReviewFigures.figures

    func value(_ stat: Stat) -> Double { judged == .p50 ? stat.p50 : stat.p99 }

    /// How many times over its goal the figure is (≤ 1 meets it).
    func overGoal(_ stat: Stat) -> Double? { goal.map { value(stat) / $0 } }

    func format(_ value: Double) -> String {
        switch unit {
        case .seconds where value >= 1: String(format: "%.2f s", value)
        case .seconds: String(format: value < 0.01 ? "%.2f ms" : "%.1f ms", value * 1000)
        case .bytes: String(format: "%.0f MB", value / 1e6)
        case .ratio: String(format: "%.2f×", value)
        }
    }

    func format(_ stat: Stat) -> String {
        stat.count == 1 || unit != .seconds ? format(stat.p50) : "\(format(stat.p50)) / \(format(stat.p99))"
    }

    var goalText: String {
        guard let goal else { return "" }
        return (judged == .p99 ? "p99 ≤ " : "≤ ") + format(goal)
    }
}
