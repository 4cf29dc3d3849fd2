/// A grid of cells that views draw into and the terminal driver paints. Pure data, so a
/// view can be tested by comparing `rows()` with golden text.
///
/// Invariant: a continuation cell always has its wide character directly to its left, and
/// no wide character starts in the last column. Every write keeps it: overwriting either
/// half of a wide character blanks the other half.
public struct Canvas: Equatable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major: cell (x, y) is `cells[y * width + x]`.
    public private(set) var cells: [Cell]
    /// Where each listed item was drawn, by its index in the board's list: what a mouse click
    /// selects. Recorded as the board draws, so the hit areas are exactly the drawn rows.
    public private(set) var targets: [(rect: Rect, item: Int)] = []

    public init(width: Int, height: Int, role: Role = .normal) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(role), count: self.width * self.height)
    }

    mutating func target(_ rect: Rect, item: Int) { targets.append((rect, item)) }

    /// The listed item drawn at (x, y), if any (the last drawn wins, as on screen).
    public func item(atX x: Int, y: Int) -> Int? {
        targets.last { $0.rect.contains(x: x, y: y) }?.item
    }

    public static func == (a: Canvas, b: Canvas) -> Bool { a.width == b.width && a.height == b.height && a.cells == b.cells }

    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x), \(y)) is off the canvas")
        return cells[y * width + x]
    }

    /// Draws `text` (always sanitized first) from (x, y) rightwards, clipped to the canvas
    /// and to `maxWidth` cells. A wide character that does not fit before the limit leaves
    /// a space in `role` instead. Zero-width graphemes are skipped.
    /// - Returns: the columns advanced, so the next piece can start at `x + result`.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: Role, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return 0 }
        let limit = min(width, maxWidth.map { x + max(0, $0) } ?? width)
        var column = x
        for character in Sanitize.forDisplay(text) {
            let w = DisplayWidth.width(of: character)
            if w == 0 { continue }
            if column + w > limit {
                if column >= 0, column < limit {
                    write(" ", wide: false, x: column, y: y, role: role)
                    column += 1
                }
                break
            }
            if column >= 0 {
                write(String(character), wide: w == 2, x: column, y: y, role: role)
            } else if column + w > 0 {
                // The right half of a wide character at the left edge: draw no half character.
                write(" ", wide: false, x: 0, y: y, role: role)
            }
            column += w
        }
        return max(0, column - x)
    }

    /// Blanks the cells of `rect` (clipped to the canvas) in `role`.
    public mutating func fill(_ rect: Rect, role: Role) {
        let xs = max(0, rect.x)..<min(width, rect.x + rect.width)
        let ys = max(0, rect.y)..<min(height, rect.y + rect.height)
        for y in ys {
            for x in xs {
                write(" ", wide: false, x: x, y: y, role: role)
            }
        }
    }

    /// Blanks row `y` in `role`.
    public mutating func fill(row y: Int, role: Role) {
        fill(Rect(x: 0, y: y, width: width, height: 1), role: role)
    }

    /// The text of each row, a wide character once: each row is exactly `width` cells wide.
    public func rows() -> [String] {
        (0..<height).map { y in
            cells[(y * width)..<((y + 1) * width)]
                .filter { !$0.isContinuation }
                .map(\.text)
                .joined()
        }
    }

    private mutating func write(_ text: String, wide: Bool, x: Int, y: Int, role: Role) {
        release(x: x, y: y)
        if wide { release(x: x + 1, y: y) }
        let i = y * width + x
        cells[i] = Cell(text: text, role: role)
        if wide { cells[i + 1] = Cell(text: "", role: role, isContinuation: true) }
    }

    /// Before cell (x, y) is overwritten, blanks the other half of a wide character it is part of.
    private mutating func release(x: Int, y: Int) {
        let i = y * width + x
        if cells[i].isContinuation {
            cells[i - 1] = .blank(cells[i - 1].role)
        } else if x + 1 < width, cells[i + 1].isContinuation {
            cells[i + 1] = .blank(cells[i + 1].role)
        }
    }
}
