import DeskCore

/// The records a detail names that can be opened from it: a case's survivor, duplicates,
/// whistles and dispatches; a whistle's or dispatch's case; the open cases of a grid (a
/// screenful); for a department, the cases behind its rates' shortfalls, then its open cases. Tab walks them, Enter opens one, Esc comes back step by step.
enum DetailLinks {
    static let shownCases = 12

    static func of(_ item: ItemRef, _ view: FrameContext) -> [ItemRef] {
        let state = view.state
        switch item {
        case .caseItem(let id):
            guard let c = state.cases[id] else { return [] }
            return (c.mergedInto.map { [$0] } ?? []).map(ItemRef.caseItem) + c.duplicates.map(ItemRef.caseItem)
                + c.whistles.map(ItemRef.whistle) + c.dispatches.map(ItemRef.dispatch)
        case .whistle(let id): return state.whistles[id]?.caseID.map { [.caseItem($0)] } ?? []
        case .dispatch(let id), .unit(let id, _): return state.dispatches[id]?.caseID.map { [.caseItem($0)] } ?? []
        case .grid(let code): return (state.queueByGrid[code]?.entries ?? []).prefix(shownCases).map { .caseItem($0.id) }
        case .department(let id):
            var behind = DepartmentDetail.shortfalls(id, view).flatMap(\.1)
            var seen = Set<CaseID>()
            behind = behind.filter { seen.insert($0).inserted }
            return (behind + (state.queueByDepartment[id]?.entries ?? []).prefix(shownCases).map(\.id).filter { !seen.contains($0) })
                .map { .caseItem($0) }
        case .street:
            var seen = Set<CaseID>()
            return StreetFigures.behind(view).flatMap(\.1).filter { seen.insert($0).inserted }.map { .caseItem($0) }
        }
    }

    /// Links the line shows at once: a long list shows those around the selected one, so the
    /// detail's own lines stay on the screen.
    static let shownInLine = 12

    /// `关联  W0003  【C0012】  D0004`: the selected link in brackets; of a long list, the part
    /// around it, with where it stands (`3/140`).
    static func line(_ links: [ItemRef], selected: Int?, _ view: FrameContext) -> DetailView.Line? {
        guard !links.isEmpty else { return nil }
        let start = max(0, min((selected ?? 0) - shownInLine / 2, links.count - shownInLine))
        let shown = links.indices.dropFirst(start).prefix(shownInLine)
        var ids = shown.map { index in index == selected ? "【\(links[index].text)】" : links[index].text }
        if links.count > shownInLine {
            if start > 0 { ids.insert("…", at: 0) }
            if shown.upperBound < links.count { ids.append("…") }
            ids.append("(\(selected.map { "\($0 + 1)" } ?? "–")/\(links.count))")
        }
        return (view.t(DetailText.links) + "  " + ids.joined(separator: "  "), .key)
    }
}

/// The keys of a detail, beside the board's action keys.
enum DetailKeys {
    static let nextLink = KeyHint([.tab], "Tab", Phrase("选择关联记录", "select a linked record"))
    static let openLink = KeyHint([.enter], "Enter", Phrase("打开所选关联记录", "open the selected record"))
    static let back = KeyHint([.escape], "Esc", Phrase("返回上一条", "back to the one before"))
    static let all = [nextLink, openLink, back]
}
