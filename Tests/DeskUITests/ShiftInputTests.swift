import DeskCore
@testable import DeskUI
import Foundation
import Testing

/// What a shift at the desk found: pastes, Ctrl-C, `q` in overlays, untouched pick lists.
@Suite struct ShiftInputTests {
    /// Opens the progress-note form on the first open case; returns the form.
    func noteForm(_ app: DeskApp) throws -> Form {
        app.press(.enter, .char("n"))
        guard case .form(let form)? = app.screen.overlay else { throw FormMissing() }
        return form
    }

    struct FormMissing: Error {}

    @Test func aPasteWithALineBreakStaysInTheNoteAndRunsNoKeys() throws {
        let (app, backend) = Fixture.app()
        _ = try noteForm(app)
        _ = app.handle(.paste("已联系物业\n3"))
        guard case .form(let form)? = app.screen.overlay else { Issue.record("the form closed"); return }
        #expect(form.fields[form.focus].input.text == "已联系物业\n3")
        #expect(app.screen.board == .complaints)
        #expect(backend.written.isEmpty)
    }

    @Test func aBurstOfTypingInAFormIsTextNotKeys() throws {
        let (app, backend) = Fixture.app()
        _ = try noteForm(app)
        // A terminal without bracketed paste delivers a paste as keys arriving at once.
        _ = app.handle(burst: [.char("已"), .char("到"), .enter, .char("3")])
        guard case .form(let form)? = app.screen.overlay else { Issue.record("Enter in the burst submitted the form"); return }
        #expect(form.fields[form.focus].input.text == "已到\n3")
        #expect(backend.written.isEmpty)
        #expect(app.screen.board == .complaints)
    }

    @Test func enterThenAKeyArrivingTogetherAreASubmitAndACommandNotText() throws {
        let (app, _) = Fixture.app()
        let first = try #require(app.screen.items(app.view()!).first)
        app.press(.char("/"))
        app.type(first.text)
        _ = app.handle(burst: [.enter, .char("r")])
        guard case .form(let form)? = app.screen.overlay else { Issue.record("the r became text in the filter"); return }
        #expect(form.spec.name == "route")
    }

    @Test func aPasteIntoAOneLineFieldTurnsLineBreaksIntoSpaces() throws {
        let (app, _) = Fixture.app()
        app.press(.char("i"))
        guard case .form(let form)? = app.screen.overlay else { Issue.record("no form"); return }
        let address = try #require(form.fields.firstIndex { $0.parameter?.name == "address" })
        for _ in 0..<address { app.press(.tab) }  // to the address, a one-line field
        _ = app.handle(.paste("3号楼\n2单元"))
        guard case .form(let after)? = app.screen.overlay else { Issue.record("the form closed"); return }
        #expect(after.fields[address].input.text == "3号楼 2单元")
    }

    @Test func aPasteLongerThanTheFieldIsRefusedWithItsLimit() throws {
        let (app, _) = Fixture.app()
        _ = try noteForm(app)
        _ = app.handle(.paste(String(repeating: "长", count: 2001)))
        guard case .form(let form)? = app.screen.overlay else { Issue.record("the form closed"); return }
        #expect(form.fields[form.focus].input.text.isEmpty)
        #expect(app.text(width: 120, height: 40).contains("最多 2000 个字"))
    }

    @Test func aPasteOnABoardIsNeverReadAsKeys() {
        let (app, backend) = Fixture.app()
        _ = app.handle(.paste("3i"))
        #expect(app.screen.board == .complaints && app.screen.overlay.isNone)
        #expect(backend.written.isEmpty)
        #expect(app.text().contains("粘贴的内容只能进入输入框"))
    }

    @Test func ctrlCInAFormAsksBeforeDiscardingWhatWasTyped() throws {
        let (app, backend) = Fixture.app()
        _ = try noteForm(app)
        app.type("已联系")
        #expect(app.handle(.ctrl("c")))
        guard case .form(let form)? = app.screen.overlay else { Issue.record("Ctrl-C discarded typed text without asking"); return }
        #expect(form.confirmingDiscard)
        app.press(.char("y"))
        if case .form? = app.screen.overlay { Issue.record("the form is still open") }
        #expect(backend.written.isEmpty)
    }

    @Test func ctrlCOnABoardAsksBeforeQuitting() {
        let (app, _) = Fixture.app()
        #expect(app.handle(.ctrl("c")))
        #expect(app.text().contains("退出值班台？"))
        #expect(app.handle(.char("n")))
        #expect(app.handle(.ctrl("c")))
        #expect(!app.handle(.char("y")))
    }

    @Test func qInHelpOrADetailGoesBackAndOnlyOnABoardQuits() {
        let (app, _) = Fixture.app()
        #expect(app.handle(.char("?")))
        #expect(app.handle(.char("q")))
        #expect(app.screen.overlay.isNone)
        #expect(app.handle(.enter))
        #expect(app.handle(.char("q")))
        #expect(app.screen.overlay.isNone)
        app.press(.char(":"))
        #expect(app.handle(.char("q")))  // typed into the palette
        app.press(.escape)
        #expect(!app.handle(.char("q")))
    }

    @Test func recordingAnArt44RefusalAsksFirst() throws {
        let (app, backend) = Fixture.app()
        let whistle = try #require(backend.state.openWhistles().first { $0.summons.contains { $0.state == .summoned } })
        let department = try #require(whistle.summons.first { $0.state == .summoned }?.department)
        // A palette line asks before it runs.
        app.press(.char("3"), .char(":"))
        app.type("refuse \(whistle.id) --department \(department.raw) --reason 拒不到场")
        app.press(.enter)
        #expect(app.text(width: 120, height: 40).contains("确认记录？"))
        app.press(.char("n"))
        #expect(backend.written.isEmpty)
        // So does the form.
        app.press(.char("/"))
        app.type(whistle.id.raw)
        app.press(.enter, .char("x"))
        guard case .form(let form)? = app.screen.overlay else { Issue.record("no form"); return }
        let at = try #require(form.fields.firstIndex { $0.parameter?.name == "department" })
        while case .form(let f)? = app.screen.overlay, f.focus < at { app.press(.tab) }
        app.type(department.raw); app.press(.tab)
        app.type("拒不到场")
        app.press(.ctrl("s"))
        #expect(backend.written.isEmpty)
        #expect(app.text(width: 120, height: 40).contains("确认记录？"))
        app.press(.char("n"))
        #expect(backend.written.isEmpty)
        app.press(.ctrl("s"), .char("y"))
        #expect(backend.written.first.map { if case .summonsStep(let e) = $0.event { e.state == .refused } else { false } } == true)
    }

    @Test func aWhistleOrDispatchFromARoutedCaseTakesItsDepartmentsAndPlace() throws {
        let (app, backend) = Fixture.app()
        let routed = try #require(backend.state.openCases().first { $0.departments.count >= 2 })
        app.press(.char("/"))
        app.type(routed.id.raw)
        app.press(.enter, .char("w"))
        guard case .form(let whistle)? = app.screen.overlay else { Issue.record("no whistle form"); return }
        #expect(whistle.fields.first { $0.parameter?.name == "department" }?.picked == routed.departments.map(\.raw))
        app.press(.escape)
        if case .form? = app.screen.overlay { app.press(.char("y")) }
        app.press(.char("d"))
        guard case .form(let dispatch)? = app.screen.overlay else { Issue.record("no dispatch form"); return }
        #expect(dispatch.fields.first { $0.parameter?.name == "lead" }?.input.text == routed.departments[0].raw)
        #expect(dispatch.fields.first { $0.parameter?.name == "department" }?.picked == routed.departments.dropFirst().map(\.raw))
        #expect(dispatch.fields.first { $0.parameter?.name == "place" }?.input.text == routed.address ?? backend.state.street!.gridName(routed.grid))
    }

    @Test func aDetailsLinkedRecordsOpenAndEscComesBackStepByStep() throws {
        let (app, backend) = Fixture.app()
        let item = try #require(backend.state.openCases().first { !$0.whistles.isEmpty })
        let whistle = item.whistles[0]
        app.press(.char("/"))
        app.type(item.id.raw)
        app.press(.enter, .enter)
        app.press(.tab)
        #expect(app.text(width: 120, height: 40).contains("【\(DetailLinks.of(.caseItem(item.id), app.view()!)[0].text)】"))
        while app.screen.detailLink.map({ DetailLinks.of(.caseItem(item.id), app.view()!)[$0] }) != .whistle(whistle) { app.press(.tab) }
        app.press(.enter)
        #expect(app.text(width: 120, height: 40).contains(DetailView.title(.whistle(whistle), app.view()!)))
        app.press(.tab, .enter)  // the whistle's case
        #expect(app.text(width: 120, height: 40).contains(DetailView.title(.caseItem(item.id), app.view()!)))
        app.press(.escape)
        #expect(app.text(width: 120, height: 40).contains(DetailView.title(.whistle(whistle), app.view()!)))
        app.press(.escape)
        #expect(app.text(width: 120, height: 40).contains(DetailView.title(.caseItem(item.id), app.view()!)))
        app.press(.escape)
        #expect(app.screen.overlay.isNone)
    }

    @Test func anotherOfficerSignsOnWithoutQuitting() throws {
        let (app, backend) = Fixture.app()
        backend.operatorName = ""  // opened without an operator on a street with a staff list
        app.signOn()
        #expect(app.text().contains("│ 未签到 │"))
        #expect(app.text().contains("签到：谁在值班台"))
        app.press(.char("2"))  // nothing else is taken before someone signs on
        #expect(app.text().contains("签到：谁在值班台"))
        app.press(.down, .enter)
        app.type(Fixture.secret2468)
        app.press(.enter)
        #expect(backend.operatorName == "王静")
        #expect(app.text().contains("│ 王静 │"))
        app.press(.char("O"), .down, .enter)
        app.type(Fixture.secret2468)
        app.press(.enter)
        #expect(backend.operatorName == "赵建国")
        #expect(app.handle(.char("q")) == false)
    }

    @Test func theMouseSwitchesBoardsSelectsOpensAndScrolls() throws {
        let (app, _) = Fixture.app()
        _ = app.render(width: 80, height: 24)
        let whistlesTab = try #require(Chrome.tabSpans(app.view()!).first { $0.board == .whistles }?.span)
        _ = app.handle(.mouse(x: whistlesTab.lowerBound + 1, y: 1, .click))
        #expect(app.screen.board == .whistles)
        _ = app.handle(.mouse(x: 1, y: 1, .click))  // the grid map's tab
        _ = app.handle(.char("2"))
        // The third case row of the complaints list (the header is row 2).
        _ = app.handle(.mouse(x: 10, y: 5, .click))
        #expect(app.screen.selection == 2)
        _ = app.handle(.mouse(x: 10, y: 5, .click))
        guard case .detail? = app.screen.overlay else { Issue.record("a click on the selected row opens it"); return }
        _ = app.handle(.escape)
        _ = app.handle(.mouse(x: 10, y: 10, .wheelDown))
        #expect(app.screen.selection == 5)
        _ = app.handle(.mouse(x: 10, y: 10, .wheelUp))
        #expect(app.screen.selection == 2)
        _ = app.handle(.mouse(x: 79, y: 23, .click))  // the key hints: nothing happens
        #expect(app.screen.selection == 2 && app.screen.overlay.isNone)
    }

    @Test func enterOnAnUntouchedPickListTakesTheRowShownSelected() throws {
        let (app, _) = Fixture.app()
        app.press(.char("i"))
        app.type("complaint"); app.press(.enter)
        // The category list, untouched: Enter takes the highlighted first row.
        guard case .form(let before)? = app.screen.overlay else { Issue.record("no form"); return }
        let first = try #require(before.suggestions(before.fields[before.focus], view: app.view()!)?.first)
        app.press(.enter)
        guard case .form(let after)? = app.screen.overlay else { Issue.record("no form"); return }
        #expect(after.fields[before.focus].input.text == first.value)
    }
}

extension Optional where Wrapped == Overlay {
    var isNone: Bool { if case .none = self { true } else { false } }
}
