import DeskCore
@testable import DeskUI
import Testing

@Suite struct PickListTests {
    /// Routing a case offers its category's usual department first: Enter on an empty field takes it.
    @Test func theUsualDepartmentComesFirst() throws {
        let (app, backend) = Fixture.app()
        let target = backend.state.openCases().first { $0.status == .received }!
        let usual = try #require(backend.state.street?.categories[target.category]?.department)
        app.press(.char("/"))
        app.type(target.id.raw)
        app.press(.enter, .char("r"))
        app.type("transfer")
        app.press(.enter, .down, .up, .enter, .ctrl("s"))
        #expect(backend.state.cases[target.id]?.routing?.departments == [usual])
    }

    /// Merging offers the open cases of the same grid (where a duplicate is reported), never the
    /// case itself, the first on top: the list is a screenful whatever the queue holds.
    @Test func mergeOffersTheOpenCasesOfTheSameGrid() throws {
        let (app, backend) = Fixture.app()
        let queue = backend.state.queue.entries.map(\.id)
        let duplicate = try #require(queue.first { id in (backend.state.queueByGrid[backend.state.cases[id]!.grid]?.count ?? 0) > 2 })
        let grid = backend.state.cases[duplicate]!.grid
        let expected = try #require(backend.state.queueByGrid[grid]?.entries.map(\.id).first { $0 != duplicate })
        let elsewhere = try #require(queue.first { backend.state.cases[$0]!.grid != grid })
        app.press(.char("/"))
        app.type(duplicate.raw)
        app.press(.enter, .char("m"))
        let form = app.text(width: 120, height: 40)
        #expect(form.contains(expected.raw))
        #expect(!form.contains(elsewhere.raw))
        app.press(.down, .up, .enter, .ctrl("s"))
        #expect(backend.state.cases[duplicate]?.mergedInto == expected)
    }
}

@Suite struct PinyinTests {
    @Test func initialsAndFullPinyinFindChineseNames() {
        #expect(Pinyin.matches("hydy", "槐荫第一网格"))
        #expect(Pinyin.matches("huaiyin", "槐荫第一网格"))
        #expect(!Pinyin.matches("zzz", "槐荫第一网格"))
        #expect(!Pinyin.matches("hy", "huaiyin"))
        let suggestions = [Suggestion(value: "water", label: "区供水服务中心"), Suggestion(value: "gas", label: "区燃气服务中心")]
        #expect(Suggestions.matching("rq", in: suggestions).map(\.value) == ["gas"])
    }

    /// In a form, typing initials picks the grid.
    @Test func aGridPickedByItsInitials() throws {
        let (app, backend) = Fixture.app()
        app.press(.char("i"))
        app.type("complaint"); app.press(.enter)
        app.type("env.garbage"); app.press(.enter)
        app.type("htdy"); app.press(.enter)           // 海棠第一网格: hai tang di yi
        app.type("x"); app.press(.ctrl("s"))
        #expect(backend.written.count == 1)
        let item = try #require(backend.state.cases[backend.state.caseOrder.last!])
        #expect(backend.state.street?.gridName(item.grid) == "海棠第一网格")
    }
}

@Suite struct FollowTests {
    @Test func aCaseJustTakenInHasTheCursor() throws {
        let (app, backend) = Fixture.app()
        app.press(.char("i"))
        app.type("complaint"); app.press(.enter)
        app.type("env.garbage"); app.press(.enter)
        app.type("001003"); app.press(.enter)
        app.type("刚受理"); app.press(.ctrl("s"))
        let id = try #require(backend.state.caseOrder.last)
        app.press(.enter)
        #expect(app.text().contains("工单 \(id.raw)"))
    }

    @Test func aFormOpenedFromADetailReturnsToIt() {
        let (app, backend) = Fixture.app()
        let first = backend.state.openCases()[0]
        app.press(.enter, .char("n"))
        #expect(app.text().contains(":progress"))
        app.type("已到现场")
        app.press(.ctrl("s"))
        #expect(app.text().contains("工单 \(first.id.raw)"))
        guard case .caseProgressed(let note)? = backend.written.last?.event else {
            Issue.record("no progress note was written")
            return
        }
        #expect(note.note == "已到现场")
    }
}

@Suite struct UnavailableActionTests {
    @Test func aKeyForAnActionThatDoesNotApplySaysSo() throws {
        let (app, backend) = Fixture.app()
        let resolved = try #require(backend.state.openCases().first { $0.status == .resolved })
        app.press(.char("/"))
        app.type(resolved.id.raw)
        app.press(.enter, .char("r"))
        #expect(app.screen.overlay == nil)
        // The core's own reason, not a generic "not now".
        #expect(app.text().contains("分类处置：" + DeskError.alreadyResolved(resolved.id).message(.zh)))
        app.press(.char("f"))
        #expect(app.text().contains(":feedback"))
    }
}
