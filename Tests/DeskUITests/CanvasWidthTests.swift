import Testing
@testable import DeskUI

@Suite struct CanvasWidthTests {
    @Test func mixedChineseAndASCII() {
        #expect(DisplayWidth.width(of: "abc") == 3)
        #expect(DisplayWidth.width(of: "朝阳门街道") == 10)
        #expect(DisplayWidth.width(of: "12345热线：路灯不亮") == 5 + 2 * 7)
        #expect(DisplayWidth.width(of: "ＡＢ，。") == 8)  // fullwidth forms and CJK punctuation
        #expect(DisplayWidth.width(of: "한글 かな カナ") == 4 + 1 + 4 + 1 + 4)
        #expect(DisplayWidth.width(of: "🚒🧯") == 4)
    }

    @Test func combiningMarksTakeNoCell() {
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: "a\u{200B}b") == 2)
    }

    @Test func ambiguousCharactersAreNarrow() {
        #expect(DisplayWidth.width(of: "…─│○") == 4)
    }

    @Test func controlsCountAsTheirVisibleReplacement() {
        #expect(DisplayWidth.width(of: "a\u{1B}[2J") == 5)
        #expect(DisplayWidth.width(of: "\r\n") == 2)
    }

    @Test func truncateNeverSplitsAWideCharacter() {
        #expect(DisplayWidth.truncate("ab中文", to: 4) == "ab… ")
        #expect(DisplayWidth.truncate("中文字", to: 5) == "中文…")
        #expect(DisplayWidth.truncate("中文字", to: 4) == "中… ")
        #expect(DisplayWidth.truncate("中文字", to: 4, ellipsis: "") == "中文")
        #expect(DisplayWidth.truncate("中文字", to: 3, ellipsis: "") == "中 ")
        #expect(DisplayWidth.truncate("中", to: 1) == "…")
        #expect(DisplayWidth.truncate("中文", to: 4) == "中文")
        #expect(DisplayWidth.truncate("中文", to: 0) == "")
    }

    @Test func truncatedTextTakesExactlyTheWidth() {
        for width in 0...12 {
            let cut = DisplayWidth.truncate("东城区朝阳门a街道b", to: width)
            #expect(DisplayWidth.width(of: cut) == min(width, 19), "width \(width): \(cut)")
        }
    }

    @Test func padAlignsAndFits() {
        #expect(DisplayWidth.pad("办结", to: 6) == "办结  ")
        #expect(DisplayWidth.pad("办结", to: 6, alignment: .right) == "  办结")
        #expect(DisplayWidth.pad("已超时未办结", to: 7) == "已超时…")
        #expect(DisplayWidth.pad("已超时未办结", to: 6, alignment: .right) == "已超… ")
    }
}
