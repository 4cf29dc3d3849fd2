import DeskCore

/// Draws the whole screen: chrome, the current board, and any overlay on top.
public enum ScreenRenderer {
    public static func render(_ screen: Screen, _ view: FrameContext, width: Int, height: Int) -> Canvas {
        var canvas = Canvas(width: width, height: height)
        let layout = ScreenLayout(width: width, height: height)
        guard layout.fits else {
            tooSmall(view, into: &canvas)
            return canvas
        }
        Chrome.header(view, in: layout.header, into: &canvas)
        Chrome.tabs(screen, view, in: layout.tabs, into: &canvas)
        let area = layout.body
        let items = screen.items(view)
        var view = view
        if screen.board == .complaints { view.arrangement = screen.arrangement }
        (view.period, view.sort) = (screen.period, screen.sorts[screen.board])
        screen.board.pane.draw(view, items: items, selection: min(screen.selection, max(0, items.count - 1)), into: &canvas, area: area)
        switch screen.overlay {
        case .detail(let item, let scroll): DetailView.draw(item, scroll: scroll, link: screen.detailLink, view, into: &canvas, area: area)
        case .help(let scroll): HelpView.draw(board: screen.board, scroll: scroll, view, into: &canvas, area: area)
        case .palette(let palette): PaletteView.draw(palette, view, into: &canvas, area: area)
        case .form(let form): FormView.draw(form, view, into: &canvas, area: area)
        case .signOn(let pick): SignOnView.draw(pick: pick, view, into: &canvas, area: area)
        case .secret(let entry): SignOnView.draw(entry, view, into: &canvas, area: area)
        case .debrief(let debrief, let scroll): DebriefView.draw(debrief, scroll: scroll, view, into: &canvas, area: area)
        case nil: break
        }
        Chrome.statusLine(screen, view, in: layout.status, into: &canvas)
        return canvas
    }

    static func tooSmall(_ view: FrameContext, into canvas: inout Canvas) {
        let lines = [view.t(ChromeText.terminalTooSmall),
                     "\(canvas.width)×\(canvas.height) < \(ScreenLayout.minimum.width)×\(ScreenLayout.minimum.height)",
                     view.t(ChromeText.pleaseEnlargeTheTerminal)]
        for (i, line) in lines.enumerated() {
            let w = DisplayWidth.width(of: line)
            canvas.put(line, x: max(0, (canvas.width - w) / 2), y: max(0, canvas.height / 2 - 1 + i), role: i == 0 ? .warning : .normal)
        }
    }
}
