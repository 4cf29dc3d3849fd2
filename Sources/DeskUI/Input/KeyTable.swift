import DeskCore

/// Every key the desk answers, as the Markdown table the README shows: generated from the same
/// entries that drive input and the `?` help, and checked against the README by a test, so the
/// README cannot describe keys the desk does not have.
public enum KeyTable {
    public static func markdown(_ language: Language = .en) -> String {
        var rows = ["| key | where | does |", "|---|---|---|"]
        func row(_ keys: String, _ place: String, _ help: String) {
            rows.append("| `\(keys)` | \(place) | \(help.replacingOccurrences(of: "|", with: "\\|")) |")
        }
        for binding in Keymap.bindings {
            let place = binding.boards.map { $0.map { $0.label(language) }.joined(separator: ", ") } ?? Phrase("任何看板", "any board")(language)
            row(binding.label, place, binding.help(language))
        }
        for hint in DetailKeys.all { row(hint.label, Phrase("详情", "a detail")(language), hint.help(language)) }
        for hint in FormKeys.all { row(hint.label, Phrase("表单", "forms")(language), hint.help(language)) }
        for hint in DebriefKeys.all { row(hint.label, Phrase("练习讲评", "a training debrief")(language), hint.help(language)) }
        for hint in TextFieldKeys.all { row(hint.label, Phrase("任何输入框", "any text field")(language), hint.help(language)) }
        row(TerminalKeys.repaint.label, Phrase("任何时候", "anywhere")(language), TerminalKeys.repaint.help(language))
        return rows.joined(separator: "\n")
    }
}
