import Foundation
import Testing
@testable import DeskUI

@Suite struct ThemeTests {
    @Test(arguments: Theme.builtinNames)
    func builtinThemesLoadAndStyleEveryRole(name: String) throws {
        let theme = try Theme.load(name: name)
        #expect(theme.name == name)
        #expect(Set(theme.styles.keys) == Set(Role.allCases), "\(name) leaves roles to the fallback")
    }

    @Test func monoUsesNoColour() throws {
        let mono = try Theme.load(name: "mono")
        #expect(mono.styles.values.allSatisfy { $0.fg == nil && $0.bg == nil })
        #expect(mono.style(for: .selection).reverse)
    }

    @Test func defaultThemeIsDark() throws {
        #expect(Theme.defaultName == "dark")
        let dark = try Theme.load(name: Theme.defaultName)
        #expect(dark.style(for: .overdue) == Style(fg: .index(203, fallback: .brightRed), bold: true))
    }

    @Test func unknownBuiltinNamesTheChoices() {
        let error = #expect(throws: ThemeError.self) { try Theme.load(name: "solarized") }
        #expect(error?.problem.en.contains("dark, light, high-contrast, mono") == true)
    }

    @Test func unsetRolesAndColoursComeFromNormal() throws {
        let theme = try Theme.parse(
            """
            name: t
            roles:
              normal: { fg: white, bg: blue }
              error: { fg: red, bold: true }
            """, file: "t.yaml")
        #expect(theme.style(for: .error) == Style(fg: .ansi(.red), bg: .ansi(.blue), bold: true))
        #expect(theme.style(for: .muted) == Style(fg: .ansi(.white), bg: .ansi(.blue)))
    }

    @Test func baseThemeIsOverriddenRoleByRole() throws {
        let theme = try Theme.parse("name: mine\nbase: dark\nroles:\n  overdue: { fg: brightMagenta }\n", file: "mine.yaml")
        let dark = try Theme.load(name: "dark")
        #expect(theme.style(for: .overdue) == Style(fg: .ansi(.brightMagenta)))
        #expect(theme.style(for: .selection) == dark.style(for: .selection))
    }

    @Test func loadsAThemeFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("streetdesk-theme-\(UUID()).yaml")
        try "name: file\nroles:\n  ok: { fg: 34, fg16: green, underline: true }\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let theme = try Theme.load(path: url.path)
        #expect(theme.style(for: .ok) == Style(fg: .index(34, fallback: .green), underline: true))
    }
}
