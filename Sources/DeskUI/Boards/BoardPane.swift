import DeskCore

/// One board: the items it lists (what the cursor moves over and Enter opens) and how it draws.
protocol BoardPane {
    /// The selectable items in display order, after the `/` filter.
    func items(_ view: DeskView, filter: String) -> [ItemRef]
    func draw(_ view: DeskView, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect)
}

extension Board {
    var pane: any BoardPane {
        switch self {
        case .map: MapBoard()
        case .complaints: ComplaintsBoard()
        case .whistles: WhistlesBoard()
        case .dispatches: DispatchBoard()
        case .departments: DepartmentsBoard()
        case .today: TodayBoard()
        }
    }
}

/// Whether `text` matches the `/` filter: every word of the filter appears, ignoring case.
func matchesFilter(_ filter: String, _ fields: [String]) -> Bool {
    let words = filter.lowercased().split(separator: " ")
    guard !words.isEmpty else { return true }
    let haystack = fields.joined(separator: " ").lowercased()
    return words.allSatisfy { haystack.contains($0) }
}
