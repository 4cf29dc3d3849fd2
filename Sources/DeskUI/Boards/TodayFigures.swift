import DeskCore
import Foundation

/// The supervisor's day in figures: what came in, what was done, what is late, what was
/// escalated, and the street's three rates for today (midnight to midnight, street time).
/// Read from the state's per-day ledgers and the open queue.
struct TodayFigures {
    typealias Figure = (label: String, value: String, role: Role)

    let figures: [Figure]
    let rates: [Figure]

    init(_ view: FrameContext) {
        let today = BoardKit.today(view)
        let state = view.state
        let counts = state.dayCounts(today)
        func figure(_ zh: String, _ en: String, _ n: some BinaryInteger, _ role: Role = .accent) -> Figure {
            (view.t(zh, en), "\(n)", n == 0 ? .muted : role)
        }
        let clocks = state.queue.counts(at: view.now)
        figures = [
            figure("受理", "taken in", counts.cases.takenIn),
            figure("办结", "resolved", counts.cases.resolved),
            figure("结案", "closed", counts.cases.closed),
            figure("超期工单", "overdue cases", clocks.overdue, .overdue),
            figure("临期工单", "due soon cases", clocks.dueSoon, .dueSoon),
            figure("督办", "urged", counts.activity.urged, .warning),
            figure("退单", "returned", counts.activity.returned),
            figure("并单", "merged", counts.activity.merged),
            figure("吹哨", "whistles", counts.activity.whistles),
            figure("拒不履职", "refusals", counts.activity.refusals, .error),
            figure("联合执法", "dispatches", counts.activity.dispatches),
            figure("执法已结", "concluded", counts.activity.concluded),
        ]
        let day = state.rates(.street, days: today...today, at: view.now)
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
