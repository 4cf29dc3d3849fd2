import DeskCore
import Foundation

/// The current board's list, computed once per state, filter, arrangement and second and shared by the
/// key's update and the frame's render: a filter over a large queue runs once, not per use.
public final class BoardLists {
    private struct Key: Equatable {
        let board: Board
        let filter: String
        let arrangement: CaseArrangement
        let sort: BoardSort?
        let period: PeriodPick
        let seq: Int64
        let second: Int64
        let language: Language
    }

    private var cached: (key: Key, items: [ItemRef])?

    public init() {}

    func items(_ board: Board, filter: String, arrangement: CaseArrangement, view: FrameContext, compute: () -> [ItemRef]) -> [ItemRef] {
        let key = Key(board: board, filter: filter, arrangement: arrangement, sort: view.sort, period: view.period, seq: view.state.lastSeq,
                      second: Int64(view.now.timeIntervalSinceReferenceDate.rounded(.down)), language: view.language)
        if let cached, cached.key == key { return cached.items }
        let items = compute()
        cached = (key, items)
        return items
    }
}
