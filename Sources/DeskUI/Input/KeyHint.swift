import DeskCore

/// A key a component answers, with the name it goes by and what it does: the component's input
/// handling and every help line read the same entry, so they cannot drift apart.
public struct KeyHint: Sendable {
    public let keys: [Key]
    public let label: String
    public let help: Phrase

    init(_ keys: [Key], _ label: String, _ help: Phrase) {
        self.keys = keys
        self.label = label
        self.help = help
    }

    public func matches(_ key: Key) -> Bool { keys.contains(key) }

    /// `Tab 下一项 · ↑↓ 选择 · …`: a component's keys on one line.
    static func line(_ hints: [KeyHint], _ language: Language) -> String {
        hints.map { "\($0.label) \($0.help(language))" }.joined(separator: " · ")
    }
}

/// The keys of every form.
enum FormKeys {
    static let next = KeyHint([.tab], "Tab", Phrase("下一项", "next"))
    static let previous = KeyHint([.backTab], "Shift-Tab", Phrase("上一项", "previous"))
    static let pick = KeyHint([.up, .down], "↑↓", Phrase("选择", "pick"))
    static let take = KeyHint([.enter], "Enter", Phrase("选定/下一项", "take/next"))
    static let submit = KeyHint([.ctrl("s"), .function(2)], "Ctrl-S", Phrase("提交", "submit"))
    static let cancel = KeyHint([.escape], "Esc", Phrase("取消", "cancel"))
    /// What the form's own footer shows.
    static let shown = [next, pick, take, submit, cancel]
    static let all = [next, previous, pick, take, submit, cancel,
                      KeyHint([.function(2)], "F2", Phrase("也可提交（终端占用 Ctrl-S 时）", "submits too (where the terminal takes Ctrl-S)"))]
}

/// The keys of every text field: forms, the `/` filter and the palette.
enum TextFieldKeys {
    static let start = KeyHint([.home, .ctrl("a")], "Ctrl-A", Phrase("到行首", "to the start"))
    static let end = KeyHint([.end, .ctrl("e")], "Ctrl-E", Phrase("到行尾", "to the end"))
    static let clearBefore = KeyHint([.ctrl("u")], "Ctrl-U", Phrase("删到行首", "delete to the start"))
    static let clearAfter = KeyHint([.ctrl("k")], "Ctrl-K", Phrase("删到行尾", "delete to the end"))
    static let all = [start, end, clearBefore, clearAfter]
}

/// Keys the terminal driver answers itself.
public enum TerminalKeys {
    public static let repaint = KeyHint([.ctrl("l")], "Ctrl-L", Phrase("重画整个屏幕", "repaint the whole screen"))
}
