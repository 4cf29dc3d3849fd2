import DeskCore
@testable import DeskUI
import Foundation
import Testing

/// The README's key table is the keymap's own: regenerate it with
/// `STREETDESK_UPDATE_README=1 swift test --filter KeyTableTests` after changing a key.
@Suite struct KeyTableTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardizedFileURL
    static let start = "<!-- keys: generated from the keymap by KeyTableTests -->\n"
    static let end = "\n<!-- /keys -->"

    @Test func theReadmeKeyTableIsTheKeymaps() throws {
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let from = try #require(text.range(of: Self.start), "README has no generated key table")
        let to = try #require(text.range(of: Self.end, range: from.upperBound..<text.endIndex))
        let generated = KeyTable.markdown(.en)
        if ProcessInfo.processInfo.environment["STREETDESK_UPDATE_README"] == "1" {
            try text.replacingCharacters(in: from.upperBound..<to.lowerBound, with: generated).write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(String(text[from.upperBound..<to.lowerBound]) == generated)
    }

    @Test func everyBindingFormKeyAndFieldKeyIsInTheTable() {
        let table = KeyTable.markdown(.en)
        for label in Keymap.bindings.map(\.label) + FormKeys.all.map(\.label) + TextFieldKeys.all.map(\.label) + [TerminalKeys.repaint.label] {
            #expect(table.contains("| `\(label)` |"), "\(label)")
        }
    }
}
