import DeskCore
import DeskUI
import Foundation

/// The supervisor's review: a month's report sliced by community, and the complaints board's
/// sorting under a field filter over the open queue (20,000 open cases at 1M entries).
enum ReviewFigures {
    static let figures: [Figure] = [
        Figure(key: "report.month", label: "report: a month by community (in process)", unit: .seconds, goal: 0.050, judged: .p50),
        Figure(key: "sort.filter", label: "S sort under a / field filter, complaints", unit: .seconds, goal: 0.030, judged: .p99),
    ]

    static func measure(desk: DeskFigures, runs: Int, into figures: inout [String: Stat]) {
        let state = desk.session.state
        let today = state.street!.calendar.day(desk.clock.now)
        let month = ReportPeriod.month(containing: today).previous.days  // a whole month, the one before the journal's last
        // What `report --month … --by community` computes: the street, every community, the
        // activity and refusal lists.
        figures["report.month"] = Stat((0..<runs).map { _ in
            seconds {
                _ = state.figures(.street, days: month, at: desk.clock.now)
                _ = state.figures(by: .community, days: month, at: desk.clock.now)
                _ = state.figures(days: month, at: desk.clock.now)
            }
        })
        // A field filter typed and applied, then each order and grouping in turn: every press
        // re-sorts the filtered open queue and draws the frame.
        _ = desk.key(.char("2"))
        _ = desk.key(.char("/"))
        for character in "state:overdue" { _ = desk.key(.char(character)) }
        var times = [desk.key(.enter)]
        for _ in 0..<(5 * runs) { times += [desk.key(.char("S")), desk.key(.char("V"))] }
        _ = desk.key(.char("/"))
        _ = desk.key(.escape)
        figures["sort.filter"] = Stat(times)
    }
}
