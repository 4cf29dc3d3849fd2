import DeskCore
@testable import DeskUI
import Testing

/// The `/` filter's field prefixes over the demo street's open queue, each against a plain
/// count over the open cases.
@Suite struct CaseFilterTests {
    let view = FrameContext(state: Fixture.state, street: Fixture.state.street!, now: Fixture.now, language: .zh,
                            operatorName: "测试员", journalPath: "")

    func shown(_ filter: String) -> [Case] {
        BoardKit.queue(view.state.queue.entries, view, filter: filter).compactMap { item in
            guard case .caseItem(let id) = item else { return nil }
            return view.state.cases[id]
        }
    }

    var open: [Case] { view.state.openCases() }

    @Test func stateNamesADeadlineState() {
        let overdue = open.filter { view.state.deadlineState(of: $0, at: view.now) == .overdue }
        let dueSoon = open.filter { view.state.deadlineState(of: $0, at: view.now) == .dueSoon }
        #expect(!overdue.isEmpty && !dueSoon.isEmpty)
        #expect(shown("state:overdue").map(\.id) == overdue.map(\.id))
        #expect(shown("state:due-soon").count == dueSoon.count)
        #expect(shown("状态：临期").count == dueSoon.count)
        #expect(shown("state:on-track").count == open.count { view.state.deadlineState(of: $0, at: view.now) == .onTrack })
    }

    @Test func deptNamesADepartmentByNameOrID() {
        let sanitation = view.street.profile.departments.first { $0.name.contains("环卫") }!
        let routed = open.filter { $0.departments.contains(sanitation.id) }
        #expect(!routed.isEmpty && routed.count < open.count)
        #expect(shown("dept:环卫").map(\.id) == routed.map(\.id))
        #expect(shown("dept:\(sanitation.id.raw)").count >= routed.count)
    }

    @Test func gridNamesAGridByNameOrCodeDigits() {
        let haitang = open.filter { view.gridName($0.grid).hasPrefix("海棠") }
        #expect(!haitang.isEmpty && haitang.count < open.count)
        #expect(shown("grid:海棠").map(\.id) == haitang.map(\.id))
        let one = haitang[0].grid
        #expect(shown("grid:\(one.digits)").map(\.grid) == open.filter { $0.grid == one }.map(\.grid))
    }

    @Test func typeNamesARequestTypeInEitherLanguage() {
        let complaints = open.filter { $0.type == .complaint }
        #expect(!complaints.isEmpty && complaints.count < open.count)
        #expect(shown("type:complaint").map(\.id) == complaints.map(\.id))
        #expect(shown("type:投诉").map(\.id) == complaints.map(\.id))
    }

    @Test func tagNamesAThemeByNameOrID() throws {
        var state = view.state
        let tagged = Array(open.prefix(3).map(\.id))
        for (n, id) in tagged.enumerated() {
            for event in try state.decide(.tag(id, theme: n == 2 ? "parking" : "heating"), at: view.now) {
                state.apply(Recorded(seq: state.lastSeq + 1, at: view.now, operatorName: "测试员", console: "t", event: event))
            }
        }
        let tags = FrameContext(state: state, street: state.street!, now: view.now, language: .zh, operatorName: "测试员", journalPath: "")
        func shown(_ filter: String) -> [CaseID] {
            BoardKit.queue(state.queue.entries, tags, filter: filter).compactMap { if case .caseItem(let id) = $0 { id } else { nil } }
        }
        #expect(Set(shown("tag:供暖")) == Set(tagged.prefix(2)))
        #expect(Set(shown("主题：heating")) == Set(tagged.prefix(2)))
        #expect(Set(shown("tag:每月一题")) == Set(tagged))
        #expect(shown("tag:night").isEmpty)
    }

    @Test func prefixesCombineWithPlainWords() {
        let complaints = shown("type:complaint")
        let word = String(complaints[0].summary.prefix(2))
        let both = shown("type:complaint \(word)")
        #expect(!both.isEmpty && both.count < complaints.count)
        #expect(both.map(\.id) == shown(word).filter { $0.type == .complaint }.map(\.id))
        #expect(shown("state:overdue type:complaint").allSatisfy { $0.type == .complaint && view.state.deadlineState(of: $0, at: view.now) == .overdue })
    }

    @Test func anUnknownPrefixIsAPlainWordAndAnEmptyValueMatchesAll() {
        #expect(shown("colour:red").isEmpty)
        #expect(shown("dept:").count == open.count)
        #expect(shown("dept:没有这个部门").isEmpty)
    }

    @Test func aFilterThatHidesEverythingSaysNoMatch() {
        let (app, _) = Fixture.app()
        app.press(.char("/"))
        app.type("type:没有这种")
        app.press(.enter)
        #expect(app.text().contains("没有符合筛选条件的项目"))
        #expect(!app.text().contains("没有在办工单"))
        app.press(.char("6"), .char("/"))
        app.type("dept:没有")
        app.press(.enter)
        #expect(app.text().contains("没有符合筛选条件的项目"))
    }
}
