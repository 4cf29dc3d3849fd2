import Foundation

extension DeskState {
    /// How many cases were taken in during each hour of the street day `day`, 0 to 23, street
    /// time: the Today board's sparkline. Reads that day's cases only, found by binary search.
    public func intakeByHour(on day: StreetDay) -> [Int] {
        guard let street else { return Array(repeating: 0, count: 24) }
        let start = street.calendar.start(of: day)
        var hours = Array(repeating: 0, count: 24)
        for item in taken(in: start..<start.addingTimeInterval(86_400)) {
            hours[min(23, max(0, Int(item.receivedAt.timeIntervalSince(start) / 3600)))] += 1
        }
        return hours
    }

    /// How far back the Today board looks for hotspots (a default of the desk's): a week,
    /// against the week before, whatever the history behind it.
    public static let hotspotWindow = TimeSpan.days(7)

    /// The Today board's hotspots: clusters of one category in one grid over `hotspotWindow` up
    /// to `now`, against the window before (the same computation as `streetdesk hotspots`).
    public func weeksHotspots(at now: Date) -> [Hotspot] {
        hotspots(by: .grid, in: now.addingTimeInterval(-Self.hotspotWindow.timeInterval)..<now).clusters
    }
}
