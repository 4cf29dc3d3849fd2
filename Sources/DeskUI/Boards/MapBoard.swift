import DeskCore

/// Placeholder until this board is drawn.
struct MapBoard: BoardPane {
    func items(_ view: DeskView, filter: String) -> [ItemRef] { [] }

    func draw(_ view: DeskView, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        canvas.put(view.t("（建设中）", "(being built)"), x: area.x + 2, y: area.y + 1, role: .muted)
    }
}

extension MapBoard {
    /// How far the cursor moves for ↑/↓ on the map: to the tile above or below.
    static func rowStep(_ view: DeskView, selection: Int, up: Bool) -> Int { 1 }
}
