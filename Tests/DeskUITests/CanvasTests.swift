import Testing
@testable import DeskUI

@Suite struct CanvasTests {
    @Test func rowsShowEachWideCharacterOnce() {
        var canvas = Canvas(width: 10, height: 2)
        #expect(canvas.put("街道办ab", x: 1, y: 0, role: .title) == 8)
        #expect(canvas.rows() == [" 街道办ab ", "          "])
        #expect(canvas[1, 0] == Cell(text: "街", role: .title))
        #expect(canvas[2, 0] == Cell(text: "", role: .title, isContinuation: true))
    }

    @Test func putClipsAtMaxWidthWithASpaceForAWideCharacter() {
        var canvas = Canvas(width: 8, height: 1)
        #expect(canvas.put("一二三", x: 0, y: 0, role: .normal, maxWidth: 5) == 5)
        #expect(canvas.rows() == ["一二    "])
        #expect(canvas[4, 0] == Cell(text: " ", role: .normal))
    }

    @Test func noWideCharacterStartsInTheLastColumn() {
        var canvas = Canvas(width: 5, height: 1)
        #expect(canvas.put("ab中中", x: 0, y: 0, role: .normal) == 5)
        #expect(canvas.rows() == ["ab中 "])
        #expect(!canvas[4, 0].isContinuation)
    }

    @Test func overwritingTheLeftHalfBlanksTheRightHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("中文", x: 0, y: 0, role: .overdue)
        canvas.put("x", x: 2, y: 0, role: .normal)
        #expect(canvas.rows() == ["中x   "])
        #expect(canvas[3, 0] == Cell(text: " ", role: .overdue))
    }

    @Test func overwritingTheRightHalfBlanksTheLeftHalf() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("中文", x: 0, y: 0, role: .overdue)
        canvas.put("x", x: 1, y: 0, role: .normal)
        #expect(canvas.rows() == [" x文  "])
        #expect(canvas[0, 0] == Cell(text: " ", role: .overdue))
    }

    @Test func aWideCharacterAcrossTwoOthersBlanksBoth() {
        var canvas = Canvas(width: 6, height: 1)
        canvas.put("中文", x: 0, y: 0, role: .normal)
        canvas.put("字", x: 1, y: 0, role: .normal)
        #expect(canvas.rows() == [" 字   "])
        #expect(canvas.cells.filter(\.isContinuation).count == 1)
    }

    @Test func fillOverHalfAWideCharacter() {
        var canvas = Canvas(width: 6, height: 2)
        canvas.put("中文字", x: 0, y: 1, role: .normal)
        canvas.fill(Rect(x: 3, y: 0, width: 10, height: 5), role: .selection)
        #expect(canvas.rows() == ["      ", "中    "])
        #expect(canvas[2, 1] == Cell(text: " ", role: .normal))
        #expect(canvas[3, 1].role == .selection)
    }

    @Test func putClipsAtTheEdges() {
        var canvas = Canvas(width: 4, height: 1)
        #expect(canvas.put("中文字", x: -1, y: 0, role: .normal) == 5)
        #expect(canvas.rows() == [" 文 "])
        #expect(canvas.put("x", x: 0, y: 3, role: .normal) == 0)
    }

    @Test func fillRow() {
        var canvas = Canvas(width: 3, height: 2)
        canvas.put("abc", x: 0, y: 1, role: .normal)
        canvas.fill(row: 1, role: .statusBar)
        #expect(canvas.rows() == ["   ", "   "])
        #expect(canvas.cells[3...].allSatisfy { $0.role == .statusBar })
    }
}

@Suite struct CanvasDiffTests {
    @Test func onlyChangedCellsArePainted() {
        var before = Canvas(width: 6, height: 2)
        before.put("ab中", x: 0, y: 0, role: .normal)
        var after = before
        after.put("文", x: 2, y: 0, role: .normal)
        #expect(after.changes(since: before).map { [$0.x, $0.y] } == [[2, 0]])
        #expect(after.changes(since: after).isEmpty)
        #expect(after.changes(since: nil).count == 11)
        #expect(after.changes(since: Canvas(width: 5, height: 2)).count == 11)
        var recoloured = after
        recoloured.put("a", x: 0, y: 0, role: .overdue)
        #expect(recoloured.changes(since: after).map { [$0.x, $0.y] } == [[0, 0]])
    }
}
