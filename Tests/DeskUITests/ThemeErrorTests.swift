import Testing
@testable import DeskUI

@Suite struct ThemeErrorTests {
    private func error(_ yaml: String) -> ThemeError? {
        #expect(throws: ThemeError.self) { try Theme.parse(yaml, file: "bad.yaml") }
    }

    @Test func unknownRoleNamesFileLineAndKey() {
        let e = error("name: bad\nroles:\n  ok: {}\n  overdew: { fg: red }\n")
        #expect(e?.file == "bad.yaml")
        #expect(e?.line == 4)
        #expect(e?.key == "roles.overdew")
        #expect(e?.description.hasPrefix("bad.yaml:4: roles.overdew: unknown role") == true)
    }

    @Test func unknownColourName() {
        let e = error("name: bad\nroles:\n  overdue: { fg: brigthRed }\n")
        #expect(e?.key == "roles.overdue.fg")
        #expect(e?.line == 3)
        #expect(e?.problem.en.contains("brigthRed") == true)
        #expect(e?.message(.zh).contains("未知颜色“brigthRed”") == true, "\(e?.message(.zh) ?? "")")
    }

    @Test func indexOutOfRange() {
        let e = error("name: bad\nroles:\n  selection: { bg: 300 }\n")
        #expect(e?.key == "roles.selection.bg")
        #expect(e?.problem.en.contains("out of range") == true)
    }

    @Test func fallbackNeedsAnIndexedColour() {
        #expect(error("name: bad\nroles:\n  ok: { fg: green, fg16: green }\n")?.key == "roles.ok.fg16")
        #expect(error("name: bad\nroles:\n  ok: { fg: 70, fg16: 2 }\n")?.key == "roles.ok.fg16")
    }

    @Test func badAttributeAndUnknownKeys() {
        #expect(error("name: bad\nroles:\n  ok: { bold: maybe }\n")?.key == "roles.ok.bold")
        #expect(error("name: bad\nroles:\n  ok: { blink: true }\n")?.key == "roles.ok.blink")
        #expect(error("name: bad\ncolours: {}\n")?.key == "colours")
        #expect(error("name: bad\nbase: nord\n")?.key == "base")
        #expect(error("roles: {}\n")?.key == "name")
    }

    @Test func malformedYAMLNamesTheLine() {
        let e = error("name: bad\nroles:\n  ok: { fg: red\n  error: {}\n")
        #expect(e?.line != nil)
        #expect(e?.problem.en.hasPrefix("malformed YAML") == true)
        #expect(error("name: a\nname: b\n")?.problem.en.contains("duplicate") == true)
    }

    @Test func missingFileNamesThePath() {
        let e = #expect(throws: ThemeError.self) { try Theme.load(path: "/nonexistent/mine.yaml") }
        #expect(e?.file == "/nonexistent/mine.yaml")
    }
}
