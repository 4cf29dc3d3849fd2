import DeskCore

/// The words of a form beyond its fields' labels: problems found as the officer types, the discard question.
enum FormText {
    static let notOnTheList = Phrase("不在列表中：按 Enter 选择列表项", "not on the list: Enter picks the highlighted one")
    static let confirmDiscard = Phrase("放弃已填内容？y 放弃 · 其他键继续填写", "Discard what was typed? y discards, any other key goes back")
    /// A pick-list row: in Chinese the name with its id in brackets, and a choice by its label alone
    /// (the label is what the officer types).
    static func pickRow(_ row: Suggestion, choice: Bool) -> Phrase {
        choice ? Phrase(row.label, "\(row.value)  \(row.label)") : named(row.label, id: row.value)
    }

    /// A field's value shown by its name, the id after it.
    static func named(_ name: String, id: String) -> Phrase { Phrase("\(name)（\(id)）", "\(id)  \(name)") }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    static let all: [Phrase] = [
        notOnTheList, confirmDiscard, pickRow(Suggestion(value: "water", label: "区供水服务中心"), choice: false),
        named("区燃气服务中心", id: "gas"),
    ]
}
