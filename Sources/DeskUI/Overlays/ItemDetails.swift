import DeskCore

/// Detail lines of whistles, dispatches, grids and departments (placeholders until drawn in full).
enum WhistleDetail {
    static func lines(_ whistle: Whistle, _ view: DeskView) -> [DetailView.Line] {
        [(whistle.summary, .accent)] + DetailView.actionLines(.whistles, view) + DetailView.timeline(whistle.timeline, view)
    }
}

enum DispatchDetail {
    static func lines(_ dispatch: Dispatch, _ view: DeskView) -> [DetailView.Line] {
        [(dispatch.summary, .accent)] + DetailView.actionLines(.dispatches, view) + DetailView.timeline(dispatch.timeline, view)
    }
}

enum GridDetail {
    static func lines(_ grid: Grid, _ view: DeskView) -> [DetailView.Line] { [(grid.name, .accent)] }
}

enum DepartmentDetail {
    static func lines(_ department: Department, _ view: DeskView) -> [DetailView.Line] { [(department.name, .accent)] }
}
