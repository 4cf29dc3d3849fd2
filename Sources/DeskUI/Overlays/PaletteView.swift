import DeskCore

/// The `:` palette: the typed line at the bottom, matching actions above it.
enum PaletteView {
    static func draw(_ palette: Palette, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        let matches = palette.matches(view.language)
        let rows = min(matches.count, max(3, area.height / 2))
        let box = Rect(x: area.x, y: area.y + area.height - rows - 3, width: area.width, height: rows + 3)
        let inner = Chrome.box(box, title: view.t(ChromeText.paletteTitle), into: &canvas)
        let window = Scroll.window(count: matches.count, visible: rows, selection: palette.pick)
        let item = palette.item
        for (row, index) in window.enumerated() {
            let spec = matches[index]
            let selected = index == palette.pick
            // An action the core would refuse on the selected item now is shown dimmed, with why.
            let refusal = item.flatMap { view.refusal(of: spec, on: $0) }
            if selected { canvas.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: .selection) }
            let used = canvas.put(DisplayWidth.pad(spec.name, to: 14), x: inner.x, y: inner.y + row,
                                  role: selected ? .selection : refusal == nil ? .key : .muted)
            let subject = spec.subject.map { " [\(view.t($0.label))]" } ?? ""
            let why = refusal.map { "  — " + $0.message(view.language, naming: view.street) } ?? ""
            canvas.put(DisplayWidth.truncate(view.t(spec.title) + subject + why, to: inner.width - used), x: inner.x + used, y: inner.y + row,
                       role: selected ? .selection : refusal == nil ? .popup : .muted)
        }
        let y = inner.y + rows
        canvas.put(":", x: inner.x, y: y, role: .key)
        InputLine.draw(palette.input, x: inner.x + 1, y: y, width: inner.width - 1, focused: true, into: &canvas)
    }
}
