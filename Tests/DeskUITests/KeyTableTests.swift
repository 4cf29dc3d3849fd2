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
        for label in Keymap.bindings.map(\.label) + DetailKeys.all.map(\.label) + FormKeys.all.map(\.label) + TextFieldKeys.all.map(\.label) + [TerminalKeys.repaint.label] {
            #expect(table.contains("| `\(label)` |"), "\(label)")
        }
    }

    /// Keys name actions by string: each must be in the catalog, and every action on a record
    /// must have a key on that record's board.
    @Test func everyActionKeyNamesACatalogActionAndEveryRecordActionHasAKey() {
        var keyed = [Board: Set<String>]()
        for binding in Keymap.bindings {
            guard case .action(let name) = binding.command else { continue }
            #expect(ActionCatalog.named(name) != nil, "key \(binding.label) names no action '\(name)'")
            for board in binding.boards ?? Board.allCases { keyed[board, default: []].insert(name) }
        }
        for action in CaseAction.allCases { #expect(keyed[.complaints]?.contains(action.rawValue) == true, "\(action)") }
        for action in WhistleAction.allCases { #expect(keyed[.whistles]?.contains(action.rawValue) == true, "\(action)") }
        for action in DispatchAction.allCases { #expect(keyed[.dispatches]?.contains(action.rawValue) == true, "\(action)") }
    }
}
