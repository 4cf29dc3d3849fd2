import Foundation
import DeskCore
@testable import DeskUI
import Testing

@Suite struct UpdateTests {
    @Test func digitsAndTabMoveBetweenBoards() {
        let (app, _) = Fixture.app()
        #expect(app.screen.board == .complaints)
        app.press(.char("3"))
        #expect(app.screen.board == .whistles)
        app.press(.tab, .tab)
        #expect(app.screen.board == .departments)
        app.press(.backTab)
        #expect(app.screen.board == .dispatches)
        app.press(.char("6"), .tab)
        #expect(app.screen.board == .map)
    }

    @Test func theCursorStaysOnTheList() {
        let (app, backend) = Fixture.app()
        let open = backend.state.openCases().count
        app.press(.char("k"))
        #expect(app.screen.selection == 0)
        app.press(.char("j"), .down, .char("j"))
        #expect(app.screen.selection == 3)
        app.press(.char("G"))
        #expect(app.screen.selection == open - 1)
        app.press(.pageDown)
        #expect(app.screen.selection == open - 1)
        app.press(.char("g"))
        #expect(app.screen.selection == 0)
    }

    /// A page moves as many rows as the board shows at the size the terminal reported, and
    /// drawing a frame (of any size) changes nothing.
    @Test func aPageIsWhatTheBoardShows() {
        let (app, _) = Fixture.app()
        for (width, height) in [(80, 24), (120, 40)] {
            app.resize(width: width, height: height)
            app.press(.char("g"))
            let shown = app.text(width: width, height: height).split(separator: "\n").count { $0.hasPrefix("C0") }
            _ = app.render(width: 200, height: 60)
            app.press(.pageDown)
            #expect(shown > 10 && app.screen.selection == shown, "\(width)×\(height)")
        }
    }

    @Test func theFilterNarrowsTheBoardAndEscClearsIt() {
        let (app, backend) = Fixture.app()
        let target = backend.state.openCases()[5]
        app.press(.char("/"))
        app.type(target.id.raw)
        app.press(.enter)
        #expect(app.text().contains(target.id.raw))
        #expect(app.text().contains("在办 1 "))
        app.press(.escape)
        #expect(app.screen.filter[.complaints] == nil)
        #expect(!app.text().contains("在办 1 "))
    }

    @Test func enterOpensTheDetailWithItsTimeline() {
        let (app, backend) = Fixture.app()
        let first = backend.state.openCases()[0]
        app.press(.enter)
        let text = app.text(width: 120, height: 40)
        #expect(text.contains("工单 \(first.id.raw)"))
        #expect(text.contains("经过（日志）"))
        #expect(text.contains("受理 "))
        app.press(.escape)
        #expect(!app.text().contains("经过（日志）"))
    }

    @Test func aComplaintTakenInThroughTheForm() throws {
        let (app, backend) = Fixture.app()
        let before = backend.state.caseOrder.count
        app.press(.char("i"))
        app.type("complaint"); app.press(.enter)
        app.type("垃圾清运"); app.press(.enter)        // picked by its Chinese name
        app.type("001003"); app.press(.enter)
        app.type("楼道堆放杂物，影响通行"); app.press(.enter)
        app.press(.ctrl("s"))
        #expect(backend.state.caseOrder.count == before + 1)
        let item = try #require(backend.state.cases[backend.state.caseOrder.last!])
        #expect(item.summary == "楼道堆放杂物，影响通行")
        #expect(item.category == "env.garbage")
        #expect(item.grid.digits == "110101099001003")
        #expect(backend.written.map(\.operatorName) == ["测试员"])
        #expect(app.screen.overlay == nil)
        #expect(app.text().contains("✓ 受理诉求 \(item.id.raw)"))
    }

    @Test func escapeCancelsAndWritesNothing() {
        let (app, backend) = Fixture.app()
        app.press(.char("i"))
        app.type("complaint")
        app.press(.escape)
        #expect(app.text().contains("放弃已填内容"))
        app.press(.char("n"))
        #expect(app.text().contains(":intake"))
        app.press(.escape, .char("y"))
        #expect(app.screen.overlay == nil)
        #expect(backend.written.isEmpty)
        #expect(app.text().contains("已取消，未写入"))
    }

    @Test func thePaletteSaysWhyAnActionCannotBeAskedNowAndWritesNothing() {
        let (app, backend) = Fixture.app()
        let unfed = backend.state.openCases().first { $0.status == .resolved && $0.feedbackAt == nil }!
        app.press(.char("/"))
        app.type(unfed.id.raw)
        app.press(.enter, .char(":"))
        app.type("close")
        // Listed dimmed with the core's reason, and Enter says it instead of opening a form.
        #expect(app.text().contains("结案 [工单]  — 工单 \(unfed.id) 尚未向诉求人反馈"))
        let row = app.text().split(separator: "\n").first { $0.contains("结案 [工单]") }.map(String.init) ?? ""
        #expect(row.trimmingCharacters(in: CharacterSet(charactersIn: "│ ")).hasSuffix("…"), "a reason too long for its row ends in an ellipsis: \(row)")
        app.press(.enter)
        #expect(app.screen.overlay == nil)
        #expect(backend.written.isEmpty)
        #expect(app.text().contains("结案：" + DeskError.closeWithoutFeedback(unfed.id).message(.zh)))
    }

    @Test func theCoresRefusalOfAFormsValuesIsShownInTheFormAndNothingIsWritten() {
        let (app, backend) = Fixture.app()
        let routed = backend.state.openCases().first { $0.routing != nil && $0.resolvedAt == nil && $0.resolveBy > Fixture.now }!
        app.press(.char("/"))
        app.type(routed.id.raw)
        app.press(.enter, .char(":"))
        app.type("extend " + routed.id.raw + " --by 30d --reason 需协调")
        app.press(.enter)
        #expect(backend.written.isEmpty)
        #expect(app.text().contains(DeskError.extensionTooLong("30d", longest: "15d").message(.zh)))
    }

    @Test func thePaletteCompletesOpensFormsAndRunsLines() {
        let (app, backend) = Fixture.app()
        app.press(.char(":"))
        app.type("rou")
        #expect(app.text().contains("route"))
        app.press(.tab)
        app.press(.enter)
        #expect(app.text().contains(":route"))
        app.press(.escape)
        let target = backend.state.openCases().first { $0.status == .received }!
        app.press(.char(":"))
        app.type("route \(target.id.raw) --outcome handle --reason 街道职责")
        app.press(.enter)
        #expect(backend.state.cases[target.id]?.routing?.outcome == .handle)
        #expect(backend.state.cases[target.id]?.routing?.reason == "街道职责")
        app.press(.char(":"))
        app.type("teleport")
        app.press(.enter)
        // The refusal, not the palette's own line, which also reads "teleport".
        #expect(app.text(width: 120, height: 40).contains("“动作”的值“teleport”无效"))
    }

    /// The palette line that once trapped on overflow is refused like any bad value.
    @Test func aPaletteExtensionOfAMillionYearsIsRefusedAndTheDeskRunsOn() {
        let (app, backend) = Fixture.app(.en)
        let target = backend.state.openCases().first { $0.status != .received }!
        for span in ["999999999999999999d", "999999999999d"] {
            app.press(.char(":"))
            app.type("extend \(target.id.raw) --by \(span) --reason 再等等")
            app.press(.enter)
            #expect(app.text(width: 120, height: 40).contains("at most 3650d"), "\(span)")
            app.press(.escape)
        }
        #expect(backend.written.isEmpty)
    }

    @Test func helpIsTheKeymapOfTheBoard() {
        let (app, _) = Fixture.app(.en)
        app.press(.char("?"))
        let bindings = Keymap.help(for: .complaints)
        let text = app.text(width: 120, height: bindings.count + 12)  // tall enough that help does not scroll
        for binding in bindings {
            #expect(text.contains(binding.help.en), "\(binding.help.en)")
        }
        app.press(.char("3"), .char("?"))
        #expect(app.text(width: 120, height: 40).contains("report in"))
    }

    /// Help names the keys of forms, text fields and the screen from the same entries the
    /// components answer: each named key does something.
    @Test func helpNamesTheKeysFormsAndFieldsAnswer() {
        let (app, _) = Fixture.app(.en)
        app.press(.char("?"))
        let rows = app.text(width: 200, height: 60).split(separator: "\n")
        for hint in FormKeys.all + TextFieldKeys.all + [TerminalKeys.repaint] {
            #expect(rows.contains { $0.contains(hint.label) && $0.contains(hint.help.en) }, "\(hint.label)")
        }
        for key in TextFieldKeys.all.flatMap(\.keys) {
            var field = TextField("abc")
            _ = field.edit(.left)
            let answered = field.edit(key)
            #expect(answered, "\(key) is named but not answered")
        }
    }

    @Test func otherConsolesEntriesArriveOnTick() {
        let (app, backend) = Fixture.app()
        backend.pending = [.handover(note: "另一台登记", to: "王静")]
        #expect(app.tick())
        #expect(backend.state.handovers.last?.note == "另一台登记")
        #expect(app.tick() == false)
    }

    /// A failure while catching up with other consoles is shown on the status line, not dropped.
    @Test func aFailedCatchUpIsShown() {
        let (app, backend) = Fixture.app(.en)
        backend.pending = [.close("C9999", note: "")]
        #expect(app.tick())
        #expect(app.screen.status?.kind == .error)
        #expect(app.text(width: 120, height: 40).contains("C9999"))
    }

    @Test func escapeSequencesInDataAreDrawnAsText() throws {
        let (app, backend) = Fixture.app()
        _ = try backend.perform(.intake(.init(type: .complaint, category: "env.garbage", grid: GridCode("110101099001001"),
                                             summary: "\u{1B}[2J\u{1B}]0;pwned\u{07}清屏")), at: Fixture.now)
        app.press(.char("/"))
        app.type("清屏")
        app.press(.enter)
        let canvas = app.render(width: 80, height: 24)
        #expect(canvas.rows().joined().contains("␛[2J␛]0;pwned␇清屏"))
        #expect(!canvas.cells.contains { $0.text.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func aTinyTerminalAsksToBeEnlarged() {
        let (app, _) = Fixture.app(.en)
        #expect(app.text(width: 40, height: 10).contains("Please enlarge the terminal"))
        #expect(app.text(width: 80, height: 24).contains("Complaints"))
    }
}

/// Outcomes of effects go through the screen as keys do: no journal needed to see what a
/// written or refused action does to it.
@Suite struct OutcomeTests {
    @Test func aRefusalStaysInItsFormAndAWriteClosesItAndFollowsTheNewCase() throws {
        let (app, backend) = Fixture.app(.en)
        var screen = Screen(language: .en)
        let view = try #require(app.view())
        _ = screen.update(.char("i"), view: view)
        guard case .form = screen.overlay else { Issue.record("no intake form"); return }
        screen.receive(.refused("the grid is unknown"), view: view)
        guard case .form(let form) = screen.overlay else { Issue.record("the refusal closed the form"); return }
        #expect(form.error == "the grid is unknown")

        let written = try backend.perform(.intake(.init(type: .help, category: "env.garbage", grid: GridCode("110101099001001"),
                                                        summary: "结果经 update 回到屏幕")), at: Fixture.now)
        let after = try #require(app.view())
        screen.receive(.written(action: "intake", entries: written), view: after)
        #expect({ if case .none = screen.overlay { true } else { false } }(), "the form stayed open")
        #expect(screen.status?.kind == .info && screen.status?.text.contains("journaled as #\(written[0].seq)") == true)
        guard case .caseTakenIn(let e) = written[0].event else { Issue.record("not an intake"); return }
        #expect(screen.selectedItem(after) == .caseItem(e.id))

        screen.receive(.catchUpFailed("entry 9 cannot be read"), view: after)
        #expect(screen.status == .error("entry 9 cannot be read"))
    }
}

@Suite struct NoticeTests {
    /// What a write leaves to say (a handover's seal not written) replaces the plain ✓ on the status line.
    @Test func aWritesNoticeIsShownInsteadOfThePlainTick() throws {
        let (app, backend) = Fixture.app(.en)
        backend.notice = Phrase("交接已记录，但封签未能写入", "the handover is recorded, but its seal could not be written")
        app.press(.char(":"))
        app.type("handover --to 王静 --note 无异常")
        app.press(.enter)
        #expect(backend.written.count == 1)
        #expect(app.screen.status == .error("the handover is recorded, but its seal could not be written"))
    }
}
