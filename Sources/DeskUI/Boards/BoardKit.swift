import DeskCore
import Foundation

/// Ranges, figures and names the boards share.
enum BoardKit {
    /// Boards at least this wide put panels side by side and show their wide columns.
    static let wide = 110
    /// The complaints board shows each case's departments and time-limit class from here on.
    static let roomy = 120
    /// And its urge count and last action from here.
    static let full = 200

    /// Today in the street's zone, midnight to midnight.
    static func today(_ view: FrameContext) -> StreetDay { view.street.calendar.day(view.now) }

    /// The seven street days up to and including today.
    static func lastWeek(_ view: FrameContext) -> ClosedRange<StreetDay> {
        let today = today(view)
        return (today - 6)...today
    }

    static func percent(_ rate: Double?) -> String { RateFigures.percent(rate) }

    static func score(_ composite: Double?) -> String { RateFigures.score(composite) }

    /// A department's name without the district in front (`东城区民政局` → `民政局`), for narrow columns.
    static func shortName(_ id: DepartmentID, _ view: FrameContext) -> String {
        let name = view.departmentName(id)
        let district = view.street.profile.street.district
        guard !district.isEmpty, name.hasPrefix(district), name.count > district.count else { return name }
        return String(name.dropFirst(district.count))
    }

    static func departmentName(_ id: DepartmentID, _ view: FrameContext, width: Int) -> String {
        width >= wide ? view.departmentName(id) : shortName(id, view)
    }

    /// Open cases as board items, through the `/` filter: its field prefixes read the queue
    /// entry or one lookup of the case; its words, the search key each entry carries, and only
    /// for a word the key lacks, the case's status and departments, which change over its life.
    static func queue(_ entries: some Sequence<OpenQueue.Entry>, _ view: FrameContext, filter: String) -> [ItemRef] {
        let filter = CaseFilter(filter, street: view.street)
        let query = SearchQuery(filter.text)
        guard !query.isEmpty || !filter.fields.isEmpty else { return entries.map { .caseItem($0.id) } }
        let admitted = { (entry: OpenQueue.Entry) in filter.admits(entry, now: view.now) { view.state.cases[entry.id] } }
        // Most words (a summary's, an id's) are no status or department: then no case is read for them.
        let changing = CaseStatus.allCases.map { view.t($0) } + view.street.profile.departments.map(\.id.raw)
        guard query.matchesAny(changing) else {
            return entries.compactMap { admitted($0) && query.matches($0.key) ? .caseItem($0.id) : nil }
        }
        return entries.compactMap { entry in
            let found = admitted(entry)
                && query.matches(entry.key, extra: view.state.cases[entry.id].map { [view.t($0.status)] + $0.departments.map(\.raw) } ?? [])
            return found ? .caseItem(entry.id) : nil
        }
    }

    /// How many of `items`, open cases in queue order, are overdue: they lead the queue, so a
    /// binary search finds where they end.
    static func overdueCount(_ items: [ItemRef], _ view: FrameContext) -> Int {
        var low = 0
        var high = items.count
        while low < high {
            let mid = (low + high) / 2
            guard case .caseItem(let id) = items[mid], let item = view.state.cases[id] else { return 0 }
            if view.state.deadlineState(of: item, at: view.now) == .overdue { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// `响应 -2h5m`: which clock runs and how it stands; `none` (by default the status) when no clock runs.
    static func clockText(_ item: Case, _ view: FrameContext, none: String? = nil) -> String {
        item.runningClock.map { clock in
            (clock.kind == .respond ? view.t(BoardText.respondClock) : view.t(BoardText.resolveClock))
                + ClockText.countdown(to: clock.deadline, from: view.now)
        } ?? none ?? view.t(item.status)
    }

    static func footer(_ text: String, _ canvas: inout Canvas, area: Rect) {
        canvas.put(text, x: area.x, y: area.y + area.height - 1, role: .muted, maxWidth: area.width)
    }
}

/// The screen rows of a board whose items take several rows each (a whistle and its summons):
/// drawn with the selected item's rows in view, centred when the list is longer than the room.
struct BlockRows {
    typealias Draw = (_ canvas: inout Canvas, _ y: Int, _ selected: Bool) -> Void

    private var rows: [(items: ClosedRange<Int>, draw: Draw)] = []

    mutating func add(_ item: Int, _ draw: @escaping Draw) { add(item...item, draw) }

    /// A row that belongs to several items (a dispatch and its units in lanes): drawn as selected
    /// when any of them is.
    mutating func add(_ items: ClosedRange<Int>, _ draw: @escaping Draw) { rows.append((items, draw)) }

    var isEmpty: Bool { rows.isEmpty }

    /// The items whose rows can reach the screen: as many before and after the selected one as
    /// there are screen rows (each item takes at least one), so a long list costs a screenful.
    static func window(count: Int, selection: Int, height: Int) -> Range<Int> {
        max(0, selection - height)..<min(count, selection + max(1, height) + 1)
    }

    func draw(into canvas: inout Canvas, y: Int, height: Int, selection: Int) {
        let first = firstRow(height: height, selection: selection)
        for (offset, row) in rows.dropFirst(first).prefix(height).enumerated() {
            canvas.target(Rect(x: 0, y: y + offset, width: canvas.width, height: 1), item: row.items.contains(selection) ? selection : row.items.lowerBound)
            row.draw(&canvas, y + offset, row.items.contains(selection))
        }
    }

    private func firstRow(height: Int, selection: Int) -> Int {
        guard rows.count > height, let start = rows.firstIndex(where: { $0.items.contains(selection) }) else { return 0 }
        let length = rows[start...].prefix { $0.items.contains(selection) }.count
        return max(0, min(start - max(0, height - length) / 2, rows.count - height, start))
    }
}
