import DeskCore

/// Placeholder until this board is drawn.
struct DispatchBoard: BoardPane {
    func items(_ view: DeskView, filter: String) -> [ItemRef] { [] }

    func draw(_ view: DeskView, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        canvas.put(view.t("（建设中）", "(being built)"), x: area.x + 2, y: area.y + 1, role: .muted)
    }
}
