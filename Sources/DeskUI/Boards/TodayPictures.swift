import DeskCore
import Foundation

/// The Today board's pictures: the day's intake hour by hour as a sparkline, and the week's
/// hotspots (clusters of one category in one grid, against the week before), from the core's
/// `intakeByHour` and `weeksHotspots`.
struct TodayPictures {
    /// Cases taken in each hour so far today, 0 to the current hour.
    let hours: [Int]
    let hotspots: [Hotspot]

    init(_ view: FrameContext) {
        let today = BoardKit.today(view)
        let start = view.street.calendar.start(of: today)
        let elapsed = min(23, max(0, Int(view.now.timeIntervalSince(start) / 3600)))
        hours = Array(view.state.intakeByHour(on: today).prefix(elapsed + 1))
        hotspots = view.state.weeksHotspots(at: view.now)
    }

    /// `intake/hour ▁▂▅█▃ peak 14h: 9` on one row, or `stacked`, the words above the cells;
    /// returns the rows used.
    @discardableResult
    func drawSparkline(_ view: FrameContext, into canvas: inout Canvas, x: Int, y: Int, width: Int, stacked: Bool = false) -> Int {
        let label = view.t(BoardText.intakeByHour) + " "
        let peak = hours.indices.max { hours[$0] < hours[$1] }.flatMap { hours[$0] > 0 ? " " + view.t(BoardText.peakHour($0, hours[$0])) : nil } ?? ""
        var at = x + canvas.put(label, x: x, y: y, role: .muted, maxWidth: width)
        if stacked {
            canvas.put(peak, x: at, y: y, role: .muted, maxWidth: x + width - at)
            at = x
        }
        let row = stacked ? y + 1 : y
        for (hour, cell) in zip(hours.indices, BlockChart.sparkline(hours)) {
            at += canvas.put(String(cell), x: at, y: row, role: hours[hour] == 0 ? .muted : .accent, maxWidth: x + width - at)
        }
        if !stacked { canvas.put(peak, x: at, y: y, role: .muted, maxWidth: x + width - at) }
        return stacked ? 2 : 1
    }

    /// The hotspots one to a row, most cases first: `category · grid   5 +3`; returns the rows used.
    @discardableResult
    func drawHotspots(_ view: FrameContext, into canvas: inout Canvas, x: Int, y: Int, width: Int, rows: Int) -> Int {
        guard rows > 0 else { return 0 }
        canvas.put(view.t(BoardText.weeksHotspots), x: x, y: y, role: .header, maxWidth: width)
        guard !hotspots.isEmpty else {
            if rows > 1 { canvas.put(view.t(BoardText.noHotspots), x: x, y: y + 1, role: .muted, maxWidth: width) }
            return min(rows, 2)
        }
        let shown = hotspots.prefix(rows - 1)
        for (row, spot) in shown.enumerated() {
            let counts = "\(spot.count) " + Self.trend(spot)
            let name = Self.name(spot, view, short: width < 40)
            canvas.put(name, x: x, y: y + 1 + row, role: .normal, maxWidth: width - DisplayWidth.width(of: counts) - 1)
            canvas.put(counts, x: x + width - DisplayWidth.width(of: counts), y: y + 1 + row, role: spot.trend > 0 ? .warning : .muted)
        }
        return shown.count + 1
    }

    /// The hotspots on one row, as many as fit: `热点 近7天  油烟·海棠六 5 +3  …`.
    func flowHotspots(_ view: FrameContext, into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        var at = x + canvas.put(view.t(BoardText.weeksHotspots) + "  ", x: x, y: y, role: .muted, maxWidth: width)
        guard !hotspots.isEmpty else {
            canvas.put(view.t(BoardText.noHotspots), x: at, y: y, role: .muted, maxWidth: x + width - at)
            return
        }
        for spot in hotspots {
            let name = Self.name(spot, view, short: true), counts = " \(spot.count) " + Self.trend(spot)
            guard at + DisplayWidth.width(of: name + counts) <= x + width else { break }
            at += canvas.put(name, x: at, y: y, role: .normal)
            at += canvas.put(counts, x: at, y: y, role: spot.trend > 0 ? .warning : .muted) + 3
        }
    }

    /// `+3`, `-1` or `=`: against the week before, in characters every theme shows.
    static func trend(_ spot: Hotspot) -> String {
        spot.trend > 0 ? "+\(spot.trend)" : spot.trend < 0 ? "\(spot.trend)" : "="
    }

    /// The category's own name and the grid's, short (the grid's name without its community's
    /// 第…网格 wording) where space is tight.
    static func name(_ spot: Hotspot, _ view: FrameContext, short: Bool) -> String {
        let category = spot.category.map { view.street.categories[$0]?.name ?? $0.raw } ?? ""
        let grid = spot.place.flatMap(GridCode.init).map(view.gridName) ?? spot.place ?? ""
        return category + "·" + (short ? grid.replacingOccurrences(of: "网格", with: "").replacingOccurrences(of: "第", with: "") : grid)
    }
}
