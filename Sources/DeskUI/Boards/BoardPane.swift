import DeskCore

/// One board: the items it lists (what the cursor moves over and Enter opens) and how it draws.
protocol BoardPane {
    /// The selectable items in display order, after the `/` filter.
    func items(_ view: FrameContext, filter: String) -> [ItemRef]
    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect)
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
