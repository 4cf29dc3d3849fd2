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
        func figure(_ label: Phrase, _ n: some BinaryInteger, _ role: Role = .accent) -> Figure {
            (view.t(label), "\(n)", n == 0 ? .muted : role)
        }
        let clocks = view.state.queue.counts(at: view.now)
        // The header counts cases and whistles together; the day shows each.
        let alarms = view.state.alarmCounts(at: view.now)
        figures = [
            figure(BoardText.takenIn, day.cases.takenIn),
            figure(BoardText.proactive, day.cases.proactive),
            figure(BoardText.resolved, day.cases.resolved),
            figure(BoardText.closed, day.cases.closed),
            figure(BoardText.overdueCases, clocks.overdue, .overdue),
            figure(BoardText.dueSoonCases, clocks.dueSoon, .dueSoon),
            figure(BoardText.overdueWhistles, alarms.overdue - clocks.overdue, .overdue),
            figure(BoardText.dueSoonWhistles, alarms.dueSoon - clocks.dueSoon, .dueSoon),
            figure(BoardText.urged, day.activity.urged, .warning),
            figure(BoardText.returned, day.activity.returned),
            figure(BoardText.merged, day.activity.merged),
            figure(BoardText.whistles, day.activity.whistles),
            figure(BoardText.refusals, day.activity.refusals, .error),
            figure(BoardText.dispatches, day.activity.dispatches),
            figure(BoardText.concluded, day.activity.concluded),
        ]
        let street = day.street
        rates = [
            (view.t(BoardText.response), BoardKit.percent(street.response), street.response == nil ? .muted : .accent),
            (view.t(BoardText.resolution), BoardKit.percent(street.resolution), street.resolution == nil ? .muted : .accent),
            (view.t(BoardText.satisfaction), BoardKit.percent(street.satisfaction), street.satisfaction == nil ? .muted : .accent),
            (view.t(BoardText.composite), BoardKit.score(day.composite), day.composite == nil ? .muted : .accent),
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
