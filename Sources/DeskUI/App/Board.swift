import DeskCore

/// The desk's boards, in the order the digit keys reach them.
public enum Board: Int, CaseIterable, Sendable, Labelled {
    /// 网格地图 (Art 24)
    case map = 1
    /// 接诉即办 (Art 17)
    case complaints
    /// 吹哨报到 (Art 5)
    case whistles
    /// 联合执法 (Art 11(3), 26)
    case dispatches
    /// 部门考核 (Art 43–45)
    case departments
    /// 今日概况
    case today

    public var label: Phrase {
        switch self {
        case .map: Phrase("网格", "Grids")
        case .complaints: Phrase("接诉", "Complaints")
        case .whistles: Phrase("吹哨", "Whistles")
        case .dispatches: Phrase("执法", "Dispatches")
        case .departments: Phrase("部门", "Departments")
        case .today: Phrase("今日", "Today")
        }
    }

    public var next: Board { Board(rawValue: rawValue % Board.allCases.count + 1)! }
    public var previous: Board { Board(rawValue: (rawValue + Board.allCases.count - 2) % Board.allCases.count + 1)! }
}

/// What a board row, or a detail pane, is about.
public enum ItemRef: Hashable, Sendable {
    case caseItem(CaseID)
    case whistle(WhistleID)
    case dispatch(DispatchID)
    /// One unit of a dispatch, a row of the dispatch board: its detail and actions are the dispatch's.
    case unit(DispatchID, DepartmentID)
    case grid(GridCode)
    case department(DepartmentID)
    /// The street as a whole: the day's figures and the cases behind each (`F` on the Today board).
    case street

    /// The id as typed in the palette and the CLI.
    public var text: String {
        switch self {
        case .caseItem(let id): id.raw
        case .whistle(let id): id.raw
        case .dispatch(let id), .unit(let id, _): id.raw
        case .grid(let code): code.digits
        case .department(let id): id.raw
        case .street: ""
        }
    }
}
