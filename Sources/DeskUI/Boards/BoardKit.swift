import DeskCore
import Foundation

/// Ranges, figures and names the boards share.
enum BoardKit {
    /// Boards at least this wide put panels side by side and show their wide columns.
    static let wide = 110

    /// Today in the street's zone, midnight to midnight.
    static func today(_ view: DeskView) -> Range<Date> {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = view.zone
        let start = calendar.startOfDay(for: view.now)
        return start..<(calendar.date(byAdding: .day, value: 1, to: start) ?? start.addingTimeInterval(86_400))
    }

    /// The seven days up to and including now.
    static func lastWeek(_ view: DeskView) -> Range<Date> {
        view.now.addingTimeInterval(-7 * 86_400)..<view.now.addingTimeInterval(1)
    }

    /// `87%`, or `—` when there was nothing to count.
    static func percent(_ rate: Double?) -> String { rate.map { "\(Int(($0 * 100).rounded()))%" } ?? "—" }

    /// The composite on a 100-point scale: `86.5`.
    static func score(_ composite: Double?) -> String { composite.map { String(format: "%.1f", $0 * 100) } ?? "—" }

    /// A department's name without the district in front (`东城区民政局` → `民政局`), for narrow columns.
    static func shortName(_ id: DepartmentID, _ view: DeskView) -> String {
        let name = view.departmentName(id)
        let district = view.street.profile.street.district
        guard !district.isEmpty, name.hasPrefix(district), name.count > district.count else { return name }
        return String(name.dropFirst(district.count))
    }

    static func departmentName(_ id: DepartmentID, _ view: DeskView, width: Int) -> String {
        width >= wide ? view.departmentName(id) : shortName(id, view)
    }

    /// The open cases of each grid, nearest deadline first.
    static func openByGrid(_ view: DeskView) -> [GridCode: [Case]] {
        Dictionary(grouping: view.state.openCases(), by: \.grid)
    }

    /// `响应 -2h5m`: which clock runs and how it stands; the status when no clock runs.
    static func clockText(_ item: Case, _ view: DeskView) -> String {
        item.runningClock.map { clock in
            (clock.kind == .respond ? view.t("响应 ", "resp ") : view.t("办结 ", "fix "))
                + ClockText.countdown(to: clock.deadline, from: view.now)
        } ?? view.t(item.status)
    }

    static func footer(_ text: String, _ canvas: inout Canvas, area: Rect) {
        canvas.put(text, x: area.x, y: area.y + area.height - 1, role: .muted, maxWidth: area.width)
    }
}

/// The screen rows of a board whose items take several rows each (a whistle and its summons):
/// drawn with the selected item's rows in view, centred when the list is longer than the room.
struct BlockRows {
    typealias Draw = (_ canvas: inout Canvas, _ y: Int, _ selected: Bool) -> Void

    private var rows: [(item: Int, draw: Draw)] = []

    mutating func add(_ item: Int, _ draw: @escaping Draw) { rows.append((item, draw)) }

    var isEmpty: Bool { rows.isEmpty }

    func draw(into canvas: inout Canvas, y: Int, height: Int, selection: Int) {
        let first = firstRow(height: height, selection: selection)
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            row.draw(&canvas, y + offset, row.item == selection)
        }
    }

    private func firstRow(height: Int, selection: Int) -> Int {
        guard rows.count > height, let start = rows.firstIndex(where: { $0.item == selection }) else { return 0 }
        let length = rows[start...].prefix { $0.item == selection }.count
        return max(0, min(start - max(0, height - length) / 2, rows.count - height, start))
    }
}
