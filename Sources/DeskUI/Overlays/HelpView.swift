import DeskCore

/// `?`: the keys of the current board, generated from the keymap table.
enum HelpView {
    static func draw(board: Board, scroll: Int, _ view: DeskView, into canvas: inout Canvas, area: Rect) {
        let bindings = Keymap.help(for: board)
        let scrolls = bindings.count + 3 > area.height - 2 && area.width < 102
        let title = view.t("帮助 · \(view.t(board))", "Help · \(view.t(board))") + (scrolls ? view.t("  （j/k 滚动）", "  (j/k scroll)") : "")
        let inner = Chrome.box(area, title: title, into: &canvas)
        var lines = bindings.map { (DisplayWidth.pad($0.label, to: 10), view.t($0.help)) }
        lines.append(("", ""))
        lines.append((view.t("表单", "Forms"), view.t("Tab 下一项 · ↑↓ 选择列表项 · Enter 选定/下一项 · Ctrl-S 提交 · Esc 取消",
                                                     "Tab next field · ↑↓ pick · Enter take/next · Ctrl-S submit · Esc cancel")))
        lines.append((view.t("命令面板", "Palette"), view.t(": 后输入动作名，Tab 补全；可直接带参数，如 route C0042 --outcome transfer --department water",
                                                          ": then an action name, Tab completes; arguments work as on the CLI")))
        // Two columns when there is room.
        let columns = inner.width >= 100 ? 2 : 1
        let columnWidth = inner.width / columns
        let perColumn = (lines.count + columns - 1) / columns
        let start = min(scroll, max(0, perColumn - inner.height))
        for (index, line) in lines.enumerated() {
            let column = index / perColumn
            let row = index % perColumn - start
            guard row >= 0, row < inner.height else { continue }
            let x = inner.x + column * columnWidth
            let used = canvas.put(line.0, x: x, y: inner.y + row, role: .key, maxWidth: columnWidth)
            canvas.put(line.1, x: x + used, y: inner.y + row, role: .popup, maxWidth: columnWidth - used - 1)
        }
    }
}
