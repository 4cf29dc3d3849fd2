import DeskCore
import Foundation

/// The supervisor's day in figures: what came in, what was done, what is late, what was
/// escalated, and the street's three rates for today (midnight to midnight, street time).
struct TodayFigures {
    typealias Figure = (label: String, value: String, role: Role)

    let figures: [Figure]
    let rates: [Figure]

    init(_ view: DeskView) {
        let today = BoardKit.today(view)
        let state = view.state
        let cases = Array(state.cases.values)
        // A merge is journaled on both cases: count entries once, by seq.
        var seen = [String: Set<Int64>]()
        for item in cases {
            for entry in item.timeline where today.contains(entry.at) {
                switch entry.event {
                case .caseUrged: seen["urged", default: []].insert(entry.seq)
                case .caseReturned: seen["returned", default: []].insert(entry.seq)
                case .caseMerged: seen["merged", default: []].insert(entry.seq)
                default: break
                }
            }
        }
        func figure(_ zh: String, _ en: String, _ n: Int, _ role: Role = .accent) -> Figure {
            (view.t(zh, en), "\(n)", n == 0 ? .muted : role)
        }
        let clocks = state.openCases().map { state.deadlineState(of: $0, at: view.now) }
        let whistles = state.whistles.values.filter { today.contains($0.blownAt) }
        let dispatches = state.dispatches.values
        figures = [
            figure("受理", "taken in", cases.count { today.contains($0.receivedAt) }),
            figure("办结", "resolved", cases.count { $0.resolvedAt.map(today.contains) ?? false }),
            figure("结案", "closed", cases.count { $0.status == .closed && ($0.closedAt.map(today.contains) ?? false) }),
            figure("超期工单", "overdue cases", clocks.count { $0 == .overdue }, .overdue),
            figure("临期工单", "due soon cases", clocks.count { $0 == .dueSoon }, .dueSoon),
            figure("督办", "urged", seen["urged"]?.count ?? 0, .warning),
            figure("退单", "returned", seen["returned"]?.count ?? 0),
            figure("并单", "merged", seen["merged"]?.count ?? 0),
            figure("吹哨", "whistles", whistles.count),
            figure("拒不履职", "refusals", state.refusals.count { today.contains($0.at) }, .error),
            figure("联合执法", "dispatches", dispatches.count { today.contains($0.createdAt) }),
            figure("执法已结", "concluded", dispatches.count { $0.concludedAt.map(today.contains) ?? false }),
        ]
        let day = state.rates(.street, in: today, at: view.now)
        let composite = day.composite(view.street.profile.rateWeights)
        rates = [
            (view.t("响应率", "response"), BoardKit.percent(day.response), day.response == nil ? .muted : .accent),
            (view.t("解决率", "resolution"), BoardKit.percent(day.resolution), day.resolution == nil ? .muted : .accent),
            (view.t("满意率", "satisfaction"), BoardKit.percent(day.satisfaction), day.satisfaction == nil ? .muted : .accent),
            (view.t("综合", "composite"), BoardKit.score(composite), composite == nil ? .muted : .accent),
        ]
    }

    /// Draws `figures` as `label value` pairs flowing left to right, wrapping to the next row;
    /// returns the rows used.
    @discardableResult
    static func flow(_ figures: [Figure], into canvas: inout Canvas, x: Int, y: Int, width: Int) -> Int {
        var row = 0
        var at = x
        for figure in figures {
            let w = DisplayWidth.width(of: figure.label) + 1 + DisplayWidth.width(of: figure.value)
            if at > x, at + w > x + width {
                row += 1
                at = x
            }
            at += canvas.put(figure.label + " ", x: at, y: y + row, role: .muted)
            at += canvas.put(figure.value, x: at, y: y + row, role: figure.role) + 3
        }
        return row + 1
    }

    /// Draws `figures` one to a row, values right-aligned in `width`.
    static func column(_ figures: [Figure], into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        for (row, figure) in figures.enumerated() {
            canvas.put(figure.label, x: x, y: y + row, role: .muted)
            canvas.put(DisplayWidth.pad(figure.value, to: 8, alignment: .right), x: x + width - 8, y: y + row, role: figure.role)
        }
    }
}
