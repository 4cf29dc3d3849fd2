/// Counts that add up: what a per-day ledger keeps in each cell.
public protocol DayTally: Sendable, Equatable {
    init()
    static func + (a: Self, b: Self) -> Self
}

/// Per-day counts for every scope the figures are asked for (the street, each department,
/// grid, community, category, source and request type), kept up to date as events are folded in, so that the figures of a
/// day, a week or a month are sums over days, never a scan of the cases behind them.
/// Dense: one row of days per scope slot, from the first day anything was counted.
public struct DayLedger<Tally: DayTally>: Sendable, Equatable {
    /// Equal when every cell is: how far the rows reach is an accident of history.
    public static func == (a: DayLedger, b: DayLedger) -> Bool {
        guard a.rows.count == b.rows.count else { return false }
        let days = [a.firstDay, b.firstDay].compactMap { $0 }
        guard let low = days.min() else { return true }
        for slot in a.rows.indices {
            let high = low + StreetDay(max(a.rows[slot].count, b.rows[slot].count) + Int(days.max()! - low))
            for day in low...high where a.tally(slot, day) != b.tally(slot, day) { return false }
        }
        return true
    }

    private var rows: [[Tally]]
    private var firstDay: StreetDay?

    init(slots: Int) { rows = Array(repeating: [], count: slots) }

    func archive(_ w: inout ArchiveWriter, _ cell: (inout ArchiveWriter, Tally) -> Void) {
        w.optional(firstDay) { $0.int($1) }
        w.array(rows) { w, row in w.array(row, cell) }
    }

    init(archive r: inout ArchiveReader, slots: Int, _ cell: (inout ArchiveReader) throws -> Tally) throws {
        firstDay = try r.optional { try $0.int32() }
        rows = try r.array { try $0.array(cell) }
        guard rows.count == slots else { throw ArchiveError.malformed("a ledger of \(rows.count) scopes for \(slots)") }
    }

    /// Changes the cell of `slot` on `day`.
    mutating func change(_ slot: Int, _ day: StreetDay, _ body: (inout Tally) -> Void) {
        guard rows.indices.contains(slot) else { return }
        let first = firstDay ?? day
        if day < first {
            let gap = Int(first - day)
            for i in rows.indices where !rows[i].isEmpty { rows[i].insert(contentsOf: repeatElement(Tally(), count: gap), at: 0) }
        }
        firstDay = min(first, day)
        let column = Int(day - firstDay!)
        if rows[slot].count <= column { rows[slot].append(contentsOf: repeatElement(Tally(), count: column + 1 - rows[slot].count)) }
        body(&rows[slot][column])
    }

    public func tally(_ slot: Int, _ day: StreetDay) -> Tally {
        guard let firstDay, rows.indices.contains(slot), day >= firstDay else { return Tally() }
        let column = Int(day - firstDay)
        return column < rows[slot].count ? rows[slot][column] : Tally()
    }

    /// The sum over `days`: as many reads as days, whatever lies behind them.
    public func sum(_ slot: Int, _ days: ClosedRange<StreetDay>) -> Tally {
        guard let firstDay, rows.indices.contains(slot) else { return Tally() }
        let row = rows[slot]
        let low = max(0, Int(days.lowerBound) - Int(firstDay))
        let high = min(row.count - 1, Int(days.upperBound) - Int(firstDay))
        guard low <= high else { return Tally() }
        return row[low...high].reduce(Tally(), +)
    }
}
