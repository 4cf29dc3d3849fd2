import Foundation
import Testing
@testable import DeskUI

@Suite struct CanvasSanitizeTests {
    @Test func escapeSequencesBecomeVisibleHarmlessText() {
        let hostile = "\u{1B}[2J\u{1B}]0;title\u{07}"
        let safe = Sanitize.forDisplay(hostile)
        #expect(safe == "␛[2J␛]0;title␇")
        #expect(!safe.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }

    @Test func everyControlIsReplaced() {
        #expect(Sanitize.forDisplay("a\tb") == "a b")
        #expect(Sanitize.forDisplay("一\r\n二") == "一␍␊二")
        #expect(Sanitize.forDisplay("\u{0}\u{7F}") == "␀␡")
        #expect(Sanitize.forDisplay("x\u{9B}31m") == "x\u{FFFD}31m")  // C1 CSI
        #expect(Sanitize.forDisplay("a\u{2028}b") == "a␤b")
    }

    @Test func bidiOverridesAreStripped() {
        #expect(Sanitize.forDisplay("abc\u{202E}fed\u{202C}") == "abcfed")
        #expect(Sanitize.forDisplay("\u{2066}x\u{2069}\u{200F}") == "x")
    }

    @Test func zeroWidthCharactersAreStripped() {
        #expect(Sanitize.forDisplay("a\u{200B}b\u{200D}c\u{2060}d\u{FEFF}") == "abcd")
    }

    @Test func aReportKeepsItsLinesAndColumnsButNothingElse() {
        #expect(Sanitize.forTerminal("a\tb\nc\u{1B}[2J\u{202E}d") == "a\tb\nc␛[2Jd")
    }

    @Test func jsonEscapesEveryControlAndInvisibleCharacterInsideItsStrings() throws {
        let text = "x\u{7F}\u{85}\u{9B}\u{202E}\u{200B}\u{2028}y"
        let encoded = String(decoding: try JSONEncoder().encode(["k": text]), as: UTF8.self)
        let safe = Sanitize.json(encoded)
        #expect(safe == #"{"k":"x\u007f\u0085\u009b\u202e\u200b\u2028y"}"#)
        #expect(try JSONDecoder().decode([String: String].self, from: Data(safe.utf8)) == ["k": text])
        #expect(Sanitize.json("{\n  \"a\": 1\n}") == "{\n  \"a\": 1\n}")
    }

    @Test func plainTextIsUntouched() {
        let text = "朝阳门北大街 12 号，路灯不亮（第三次反映）"
        #expect(Sanitize.forDisplay(text) == text)
    }

    @Test func putAlwaysSanitizes() {
        var canvas = Canvas(width: 12, height: 1)
        canvas.put("\u{1B}[2J!", x: 0, y: 0, role: .normal)
        #expect(canvas.rows() == ["␛[2J!       "])
    }
}
