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
        let day = view.state.figures(days: today...today, at: view.now)
        func figure(_ zh: String, _ en: String, _ n: some BinaryInteger, _ role: Role = .accent) -> Figure {
            (view.t(zh, en), "\(n)", n == 0 ? .muted : role)
        }
        let clocks = view.state.queue.counts(at: view.now)
        figures = [
            figure("受理", "taken in", day.cases.takenIn),
            figure("主动发现", "proactive", day.cases.proactive),
            figure("办结", "resolved", day.cases.resolved),
            figure("结案", "closed", day.cases.closed),
            figure("超期工单", "overdue cases", clocks.overdue, .overdue),
            figure("临期工单", "due soon cases", clocks.dueSoon, .dueSoon),
            figure("督办", "urged", day.activity.urged, .warning),
            figure("退单", "returned", day.activity.returned),
            figure("并单", "merged", day.activity.merged),
            figure("吹哨", "whistles", day.activity.whistles),
            figure("拒不履职", "refusals", day.activity.refusals, .error),
            figure("联合执法", "dispatches", day.activity.dispatches),
            figure("执法已结", "concluded", day.activity.concluded),
        ]
        let rates = day.street
        self.rates = [
            (view.t("响应率", "response"), BoardKit.percent(rates.response), rates.response == nil ? .muted : .accent),
            (view.t("解决率", "resolution"), BoardKit.percent(rates.resolution), rates.resolution == nil ? .muted : .accent),
            (view.t("满意率", "satisfaction"), BoardKit.percent(rates.satisfaction), rates.satisfaction == nil ? .muted : .accent),
            (view.t("综合", "composite"), BoardKit.score(day.composite), day.composite == nil ? .muted : .accent),
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
