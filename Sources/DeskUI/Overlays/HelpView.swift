import DeskCore

/// `?`: the keys of the current board, generated from the keymap table.
enum HelpView {
    static func draw(board: Board, scroll: Int, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        let lines = lines(board, view)
        let scrolls = lines.count > (area.height - 2) * (area.width >= 102 ? 2 : 1)
        let title = view.t(ChromeText.helpTitle(board.label)) + (scrolls ? view.t(ChromeText.helpScrolls) : "")
        let inner = Chrome.box(area, title: title, into: &canvas)
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
            canvas.put(DisplayWidth.truncate(line.1, to: columnWidth - used - 1), x: x + used, y: inner.y + row, role: .popup)
        }
    }

    /// The board's keys, then each component's, a key to a line, all from the tables that drive input.
    static func lines(_ board: Board, _ view: FrameContext) -> [(String, String)] {
        func line(_ label: String, _ help: String) -> (String, String) { (DisplayWidth.pad(label, to: 10), help) }
        var lines = Keymap.help(for: board).map { line($0.label, view.t($0.help)) }
        for (title, hints) in [(view.t(ChromeText.formsHelp), FormKeys.all), (view.t(ChromeText.typingHelp), TextFieldKeys.all),
                               (view.t(ChromeText.screenHelp), [TerminalKeys.repaint])] {
            lines += [("", ""), (title, "")] + hints.map { line($0.label, view.t($0.help)) }
        }
        lines += [("", ""), line(view.t(ChromeText.paletteHelp), view.t(ChromeText.paletteUsage))]
        return lines
    }
}
