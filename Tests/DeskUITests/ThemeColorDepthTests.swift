import Testing
@testable import DeskUI

@Suite struct ThemeColorDepthTests {
    private let theme = Theme(name: "t", styles: [
        .selection: Style(fg: .ansi(.black), bg: .index(75, fallback: .cyan)),
        .overdue: Style(fg: .ansi(.brightRed), bg: .ansi(.brightBlack), underline: true),
        .muted: Style(fg: .index(245)),
    ])

    @Test func indexedColoursFallBackOnSixteenColours() {
        #expect(theme.terminalStyle(for: .selection, depth: .indexed256).bg == 75)
        #expect(theme.terminalStyle(for: .selection, depth: .ansi16).bg == ANSIColor.cyan.rawValue)
        #expect(theme.terminalStyle(for: .muted, depth: .ansi16).fg == ANSIColor.brightBlack.rawValue)
    }

    @Test func brightColoursBecomeBaseColoursAndBoldOnEight() {
        let style = theme.terminalStyle(for: .overdue, depth: .ansi8)
        #expect(style == TerminalStyle(fg: 1, bg: 0, bold: true, underline: true, reverse: false, dim: false))
    }

    @Test func noColourKeepsAttributesOnly() {
        let style = theme.terminalStyle(for: .overdue, depth: .none)
        #expect(style == TerminalStyle(fg: nil, bg: nil, bold: false, underline: true, reverse: false, dim: false))
    }

    @Test func depthFromCursesColours() {
        #expect(ColorDepth(colors: 0) == .none)
        #expect(ColorDepth(colors: 8) == .ansi8)
        #expect(ColorDepth(colors: 16) == .ansi16)
        #expect(ColorDepth(colors: 256) == .indexed256)
        #expect(ColorDepth(colors: 16_777_216) == .indexed256)
    }

    @Test func nearestANSIColour() {
        #expect(ANSIColor.nearest(toIndex: 9) == .brightRed)
        #expect(ANSIColor.nearest(toIndex: 196) == .brightRed)  // (255, 0, 0)
        #expect(ANSIColor.nearest(toIndex: 21) == .blue)  // (0, 0, 255)
        #expect(ANSIColor.nearest(toIndex: 244) == .brightBlack)  // grey 128
        #expect(ANSIColor.nearest(toIndex: 231) == .brightWhite)
    }

    /// A role whose text and background reduce to one colour would be unreadable.
    @Test(arguments: Theme.builtinNames)
    func builtinRolesStayReadableAtEveryDepth(name: String) throws {
        let theme = try Theme.load(name: name)
        for depth in ColorDepth.allCases {
            for role in Role.allCases {
                let style = theme.terminalStyle(for: role, depth: depth)
                #expect(style.fg == nil || style.fg != style.bg, "\(name) \(role) at \(depth)")
            }
        }
    }
}
