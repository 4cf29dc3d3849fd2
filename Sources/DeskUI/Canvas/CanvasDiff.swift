extension Canvas {
    /// The cells to paint to turn `previous` into this canvas: those that differ, or all of
    /// them when there is no previous frame of the same size. Continuation cells are left
    /// out: a wide character paints both its halves.
    public func changes(since previous: Canvas?) -> [(x: Int, y: Int)] {
        let last = previous.flatMap { $0.width == width && $0.height == height ? $0 : nil }
        var changed: [(x: Int, y: Int)] = []
        for index in cells.indices {
            let cell = cells[index]
            if cell.isContinuation || last?.cells[index] == cell { continue }
            changed.append((index % width, index / width))
        }
        return changed
    }
}
