/// Columns of a board list: fixed widths, and one flexible column that takes what is left.
struct Table {
    struct Column {
        let title: String
        /// 0: flexible; negative: hidden at this width.
        let width: Int
        var alignment: DisplayWidth.Alignment = .left
    }

    let columns: [Column]

    func widths(_ total: Int) -> [Int] {
        let shown = columns.filter { $0.width >= 0 }
        let fixed = shown.map(\.width).reduce(0, +) + max(0, shown.count - 1)
        return columns.map { $0.width == 0 ? max(4, total - fixed) : $0.width }
    }

    func drawHeader(_ canvas: inout Canvas, x: Int, y: Int, width: Int) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .header)
        draw(&canvas, columns.map { ($0.title, Role.header) }, x: x, y: y, width: width)
    }

    /// Draws one row; a selected row is drawn wholly in the selection role.
    /// `item`: the row's index in the board's list, recorded as its click target.
    func draw(_ canvas: inout Canvas, _ cells: [(String, Role)], x: Int, y: Int, width: Int, selected: Bool = false, item: Int? = nil) {
        if let item { canvas.target(Rect(x: x, y: y, width: width, height: 1), item: item) }
        if selected { canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: .selection) }
        var column = x
        let widths = widths(width)
        for (index, (text, role)) in cells.enumerated() where index < columns.count && widths[index] >= 0 {
            let w = widths[index]
            let shown = DisplayWidth.pad(text, to: w, alignment: columns[index].alignment)
            canvas.put(shown, x: column, y: y, role: selected ? .selection : role, maxWidth: min(w, x + width - column))
            column += w + 1
            if column >= x + width { break }
        }
    }
}

/// Which slice of a long list is visible: the selection stays in view, near the middle.
enum Scroll {
    static func window(count: Int, visible: Int, selection: Int) -> Range<Int> {
        guard count > visible, visible > 0 else { return 0..<count }
        let start = max(0, min(selection - visible / 2, count - visible))
        return start..<(start + visible)
    }
}
