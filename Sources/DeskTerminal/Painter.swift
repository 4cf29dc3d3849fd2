import CNcursesw
import DeskUI

/// Paints canvases onto stdscr, touching only the cells that changed since the last one.
struct Painter {
    private var previous: Canvas?

    /// Makes the next paint draw every cell (after a resize, a theme change, Ctrl-L).
    mutating func invalidate() {
        previous = nil
    }

    mutating func paint(_ canvas: Canvas, palette: ColorPairs) {
        let screen = shim_stdscr()
        let width = min(canvas.width, Int(getmaxx(screen)))
        let height = min(canvas.height, Int(getmaxy(screen)))
        if previous.map({ $0.width != canvas.width || $0.height != canvas.height }) ?? true { werase(screen) }
        for (x, y) in canvas.changes(since: previous) where x < width && y < height {
            let cell = canvas[x, y]
            // A screen narrower than the canvas can cut a wide character in half: blank it.
            let wide = x + 1 < canvas.width && canvas[x + 1, y].isContinuation
            draw(wide && x + 1 == width ? .blank(cell.role) : cell, x: x, y: y, palette: palette)
        }
        previous = canvas
    }

    private func draw(_ cell: Cell, x: Int, y: Int, palette: ColorPairs) {
        let look = palette[cell.role]
        let chars = Self.wideChars(cell.text)
        var cchar = cchar_t()
        if shim_setcchar(&cchar, chars, Int32(chars.count), look.attributes, look.pair) != OK {
            shim_setcchar(&cchar, chars, 1, look.attributes, look.pair)
        }
        mvwadd_wch(shim_stdscr(), Int32(y), Int32(x), &cchar)
    }

    /// The scalars curses can put in one cell: the first that takes space, then the
    /// zero-width ones stacked on it (combining marks, variation selectors).
    private static func wideChars(_ text: String) -> [wchar_t] {
        var chars: [wchar_t] = []
        for scalar in text.unicodeScalars {
            let width = DisplayWidth.width(of: scalar)
            if chars.isEmpty {
                if width > 0 { chars.append(wchar_t(bitPattern: scalar.value)) }
            } else if width == 0, scalar != "\u{200D}" {
                chars.append(wchar_t(bitPattern: scalar.value))
            } else {
                break
            }
        }
        return chars.isEmpty ? [wchar_t(0x20)] : chars
    }
}
