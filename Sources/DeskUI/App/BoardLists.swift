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
    private var figureCases: (key: FigureKey, cases: [CaseFigure: [CaseID]])?
    private var pictures: (seq: Int64, minute: Int64, pictures: TodayPictures)?

    private struct FigureKey: Equatable {
        let scope: RateScope
        let days: ClosedRange<StreetDay>
        let seq: Int64
        let minute: Int64
    }

    public init() {}

    func items(_ board: Board, filter: String, arrangement: CaseArrangement, view: FrameContext, compute: () -> [ItemRef]) -> [ItemRef] {
        let key = Key(board: board, filter: filter, arrangement: arrangement, sort: view.sort, period: view.period, seq: view.state.lastSeq,
                      second: Int64(view.now.timeIntervalSinceReferenceDate.rounded(.down)), language: view.language)
        if let cached, cached.key == key { return cached.items }
        let items = compute()
        cached = (key, items)
        return items
    }

    /// The Today board's pictures, computed once per state and minute, not per cursor move.
    func todayPictures(_ view: FrameContext) -> TodayPictures {
        let minute = Int64((view.now.timeIntervalSinceReferenceDate / 60).rounded(.down))
        if let pictures, pictures.seq == view.state.lastSeq, pictures.minute == minute { return pictures.pictures }
        let computed = TodayPictures(view)
        pictures = (view.state.lastSeq, minute, computed)
        return computed
    }

    /// The cases behind a department's figures over `days` (`DeskState.cases(behind:)`, the query
    /// of `report --cases`): read once per state, period and minute, since a listing reads every case.
    func cases(behind figures: [CaseFigure], of scope: RateScope, days: ClosedRange<StreetDay>, view: FrameContext) -> [CaseFigure: [CaseID]] {
        let key = FigureKey(scope: scope, days: days, seq: view.state.lastSeq,
                            minute: Int64((view.now.timeIntervalSinceReferenceDate / 60).rounded(.down)))
        if let figureCases, figureCases.key == key { return figureCases.cases }
        let cases = view.state.cases(behind: figures, in: scope, days: days, at: view.now)
        figureCases = (key, cases)
        return cases
    }
}
