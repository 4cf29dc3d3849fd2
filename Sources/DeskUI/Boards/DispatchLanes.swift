import DeskCore

/// The wide dispatch board: each open dispatch on the left, its units in lanes by status
/// (已派出 / 在途 / 到场 / 已撤离) on the right, each with its timer.
struct DispatchLanes {
    /// Below this the lanes are too narrow for a unit's name and timer: the board lists units instead.
    static let minimumWidth = 160

    let view: FrameContext
    let x: Int
    let width: Int

    private let left = 44
    private var lane: Int { (width - left) / UnitStatus.allCases.count }

    func drawHeader(_ canvas: inout Canvas, y: Int) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .header)
        canvas.put(view.t(BoardText.laneHeading), x: x, y: y, role: .header, maxWidth: left)
        for (n, status) in UnitStatus.allCases.enumerated() {
            canvas.put("│ " + view.t(status), x: x + left + n * lane, y: y, role: .header, maxWidth: lane)
        }
    }

    /// The dispatch's rows, selected when the dispatch (its summary drawn selected) or one of
    /// its units (`selectedUnit`, that unit drawn selected in its lane) is.
    func add(_ dispatch: Dispatch, _ items: ClosedRange<Int>, selectedUnit: DepartmentID?, to rows: inout BlockRows) {
        let lanes = UnitStatus.allCases.map { status in dispatch.units.filter { $0.status == status } }
        let summary: [[(String, Role)]] = [
            [(dispatch.id.raw + " ", .accent), (view.when(dispatch.plannedAt) + " ", .muted), (dispatch.place, .normal)],
            [(view.t(BoardText.leadLabel), .muted), (view.departmentName(dispatch.lead), .normal)],
            [(dispatch.summary, .normal)],
        ]
        let height = max(summary.count, lanes.map(\.count).max() ?? 0)
        for line in 0...height {
            rows.add(items) { canvas, y, selected in
                guard line < height else {
                    canvas.put(String(repeating: "─", count: width), x: x, y: y, role: .frame)
                    return
                }
                let summarySelected = selected && selectedUnit == nil
                if summarySelected { canvas.fill(Rect(x: x, y: y, width: left - 1, height: 1), role: .selection) }
                var at = x
                for (text, role) in line < summary.count ? summary[line] : [] {
                    at += canvas.put(text, x: at, y: y, role: summarySelected ? .selection : role, maxWidth: x + left - 1 - at)
                }
                for (n, units) in lanes.enumerated() {
                    let laneX = x + left + n * lane
                    canvas.put("│", x: laneX, y: y, role: .frame)
                    guard let unit = units[safe: line] else { continue }
                    let chosen = selected && unit.department == selectedUnit
                    let role = chosen ? .selection : UnitTimer.role(unit, of: dispatch, at: view.now)
                    let name = DisplayWidth.pad(BoardKit.departmentName(unit.department, view, width: lane < 36 ? 0 : BoardKit.wide), to: lane - 10)
                    canvas.put(name, x: laneX + 2, y: y, role: chosen ? .selection : unit.status == .cleared ? .muted : .normal)
                    canvas.put(DisplayWidth.pad(UnitTimer.text(unit, at: view.now), to: 7, alignment: .right),
                               x: laneX + lane - 8, y: y, role: role)
                }
            }
        }
    }
}
