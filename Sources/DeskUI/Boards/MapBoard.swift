import DeskCore

/// 网格地图 (Art 24): the grids as tiles placed by the profile's row and column, each in the
/// role of its worst open deadline; the selected grid's facts and open cases below or beside.
struct MapBoard: BoardPane {
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        Self.grids(view).filter { grid in
            SearchQuery(filter).matches([grid.name, grid.code.digits, view.street.communities[grid.community]?.name ?? "",
                                   grid.worker.name])
        }.map { .grid($0.code) }
    }

    /// Row-major map order: what ←/→ step through.
    static func grids(_ view: FrameContext) -> [Grid] { view.street.gridsOnMap }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let grids = Self.grids(view)
        let layout = MapLayout(rows: (grids.map(\.row).max() ?? 0) + 1, columns: (grids.map(\.column).max() ?? 0) + 1,
                               area: area)
        let open = view.state.queueByGrid
        let listed = Dictionary(items.enumerated().map { ($0.element, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for grid in grids {
            let index = listed[.grid(grid.code)]
            let tile = layout.tile(row: grid.row, column: grid.column)
            if let index { canvas.target(tile, item: index) }
            MapTile(grid: grid, open: open[grid.code] ?? OpenQueue(), listed: index != nil)
                .draw(view, selected: index == selection, into: &canvas, at: tile)
        }
        Self.borders(grids, layout, into: &canvas)
        if case .grid(let code)? = items[safe: selection], let grid = view.street.grids[code] {
            MapPanel.draw(grid, open: open[code] ?? OpenQueue(), view, into: &canvas, area: layout.panel, compact: !layout.side)
        } else {
            canvas.put(view.t(BoardText.noGridMatchesTheFilter), x: layout.panel.x + 2, y: layout.panel.y + 1, role: .muted)
        }
        legend(view, open: view.state.queue.count, grids: grids.count, into: &canvas, area: area)
    }

    /// Community borders: a line in the gap between neighbouring tiles of different communities.
    static func borders(_ grids: [Grid], _ layout: MapLayout, into canvas: inout Canvas) {
        let community = Dictionary(grids.map { (MapLayout.Place(row: $0.row, column: $0.column), $0.community) },
                                   uniquingKeysWith: { a, _ in a })
        for grid in grids {
            let tile = layout.tile(row: grid.row, column: grid.column)
            if let right = community[.init(row: grid.row, column: grid.column + 1)], right != grid.community {
                for y in tile.y..<(tile.y + tile.height + layout.rowGap) {
                    canvas.put("│", x: tile.x + tile.width, y: y, role: .frame)
                }
            }
            if layout.rowGap > 0, let below = community[.init(row: grid.row + 1, column: grid.column)], below != grid.community {
                canvas.put(String(repeating: "─", count: tile.width), x: tile.x, y: tile.y + tile.height, role: .frame)
            }
        }
    }

    /// What the tile roles and shades mean, and the counts behind the map.
    private func legend(_ view: FrameContext, open: Int, grids: Int, into canvas: inout Canvas, area: Rect) {
        let y = area.y + area.height - 1
        var x = area.x
        for (role, text) in [(Role.overdue, view.t(BoardText.overdue)), (.dueSoon, view.t(BoardText.dueSoon)),
                             (.ok, view.t(BoardText.onTrack)), (.muted, view.t(BoardText.noneOpen))] {
            x += canvas.put("▌", x: x, y: y, role: role)
            x += canvas.put(text + " ", x: x, y: y, role: .muted)
        }
        x += canvas.put(" " + view.t(BoardText.shadeByCount) + " " + Shade.key + " ", x: x, y: y, role: .muted)
        canvas.put(DisplayWidth.truncate(view.t(BoardText.mapFooter(grids: grids, open: open)), to: area.x + area.width - x - 1),
                   x: x + 1, y: y, role: .muted)
    }
}

extension MapBoard {
    /// How far the cursor moves for ↑/↓ on the map: to the tile in the nearest occupied row above
    /// or below, in the nearest column; 0 when there is none. A magnitude: the caller gives the sign.
    /// `items` is the filtered list the selection indexes.
    static func rowStep(_ view: FrameContext, selection: Int, up: Bool, items: [ItemRef]) -> Int {
        let places = items.map { item -> (row: Int, column: Int)? in
            guard case .grid(let code) = item, let grid = view.street.grids[code] else { return nil }
            return (grid.row, grid.column)
        }
        guard let here = places[safe: selection] ?? nil else { return 0 }
        let rows = places.compactMap { $0?.row }.filter { up ? $0 < here.row : $0 > here.row }
        guard let row = up ? rows.max() : rows.min() else { return 0 }
        let target = places.indices.filter { places[$0]?.row == row }
            .min { (abs(places[$0]!.column - here.column), $0) < (abs(places[$1]!.column - here.column), $1) }
        return target.map { abs($0 - selection) } ?? 0
    }
}

/// Where the tiles and the panel go: the panel beside the map on wide screens, below otherwise.
struct MapLayout {
    struct Place: Hashable {
        let row: Int
        let column: Int
    }

    let side: Bool
    let origin: (x: Int, y: Int)
    let pitch: Int
    let tileHeight: Int
    let rowGap: Int
    let panel: Rect

    /// Tile heights and row gaps to try, tallest first.
    private static let shapes = [(5, 1), (4, 1), (3, 1), (2, 1), (2, 0), (1, 0)]
    /// Rows the panel keeps below the map: title, facts and a few cases.
    private static let panelRows = 9
    /// The least the panel keeps beside the map.
    private static let panelWidth = 42

    init(rows: Int, columns: Int, area: Rect) {
        let body = Rect(x: area.x, y: area.y, width: area.width, height: area.height - 1)
        side = area.width >= BoardKit.wide
        pitch = max(2, min(16, (side ? body.width - Self.panelWidth : body.width) / max(1, columns)))
        let panelWidth = side ? body.width - columns * pitch - 2 : body.width
        let budget = side ? body.height : body.height - Self.panelRows
        let shape = Self.shapes.first { rows * $0.0 + (rows - 1) * $0.1 <= budget } ?? (1, 0)
        tileHeight = shape.0
        rowGap = shape.1
        let mapHeight = rows * tileHeight + (rows - 1) * rowGap
        if side {
            origin = (body.x + 1, body.y)
            panel = Rect(x: body.x + body.width - panelWidth, y: body.y, width: panelWidth, height: body.height)
        } else {
            origin = (body.x + max(0, (body.width - columns * pitch + 1) / 2), body.y)
            panel = Rect(x: body.x, y: body.y + mapHeight, width: body.width, height: body.height - mapHeight)
        }
    }

    func tile(row: Int, column: Int) -> Rect {
        Rect(x: origin.x + column * pitch, y: origin.y + row * (tileHeight + rowGap), width: pitch - 1, height: tileHeight)
    }
}
