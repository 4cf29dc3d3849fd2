import DeskCore

/// The street's figures for the day, each followed by the cases behind it: what the Today board
/// counts, traced to its cases with the query `report --cases` runs (`DeskState.cases(behind:)`).
enum StreetFigures {
    /// Each figure and its cases, today; read once per state and minute (`BoardLists`).
    static func behind(_ view: FrameContext) -> [(CaseFigure, [CaseID])] {
        let today = BoardKit.today(view)
        let cases = view.lists.cases(behind: CaseFigure.allCases, of: .street, days: today...today, view: view)
        return CaseFigure.allCases.map { ($0, cases[$0] ?? []) }
    }

    static func lines(_ view: FrameContext) -> [DetailView.Line] {
        [(view.t(DetailText.figuresHint), .muted), ("", .normal)] + behind(view).map { figure, cases in
            DetailView.field(view.t(DetailText.figure(figure)) + " \(cases.count)", cases.map(\.raw).joined(separator: " "),
                             figure == .overdue && !cases.isEmpty ? .warning : .normal)
        }
    }
}
