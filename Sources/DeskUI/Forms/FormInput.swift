import DeskCore

extension Form {
    public enum Outcome: Equatable { case stay, cancel, submit }

    /// Tab and Shift-Tab move between fields; on a pick list ↑/↓ move the highlight and Enter
    /// takes it; Enter on the last field or Ctrl-S submits; Esc cancels (asking first when
    /// something was typed).
    public mutating func handle(_ key: Key, view: FrameContext) -> Outcome {
        if confirmingDiscard {
            confirmingDiscard = false
            return key == .char("y") || key == .char("Y") ? .cancel : .stay
        }
        if confirmingSubmit {
            confirmingSubmit = false
            return key == .char("y") || key == .char("Y") ? .submit : .stay
        }
        let field = fields[focus]
        let suggestions = suggestions(field, view: view)
        switch key {
        case .paste(let text):
            paste(text, view.language)
            return .stay
        case _ where FormKeys.cancel.matches(key):
            if isDirty { confirmingDiscard = true; return .stay }
            return .cancel
        case _ where FormKeys.submit.matches(key):
            return confirmOrSubmit()
        case _ where FormKeys.next.matches(key):
            focus = (focus + 1) % fields.count
        case _ where FormKeys.previous.matches(key):
            focus = (focus + fields.count - 1) % fields.count
        case .down where suggestions != nil:
            fields[focus].pick = min(field.pick + 1, max(0, (suggestions?.count ?? 1) - 1))
            fields[focus].browsing = true
        case .up where suggestions != nil:
            fields[focus].pick = max(0, field.pick - 1)
            fields[focus].browsing = true
        case .down:
            focus = min(focus + 1, fields.count - 1)
        case .up:
            focus = max(focus - 1, 0)
        case _ where FormKeys.take.matches(key):
            // Enter takes the row shown as selected; on a list that takes several, once some are
            // picked, Enter on an untouched list moves on instead.
            let movingOn = field.parameter?.repeats == true && !field.picked.isEmpty && field.input.isEmpty && !field.browsing
            if let suggestions, !suggestions.isEmpty, !movingOn,
                !(suggestions.first?.value == field.input.text && field.parameter?.repeats != true) {
                accept(suggestions[min(field.pick, suggestions.count - 1)])
                if fields[focus].parameter?.repeats == true { return .stay }
            }
            if focus == fields.count - 1 { return confirmOrSubmit() }
            focus += 1
        case .backspace where field.input.text.isEmpty && !field.picked.isEmpty:
            fields[focus].picked.removeLast()
        default:
            guard fields[focus].input.edit(key) else { return .stay }
            fields[focus].pick = 0
            fields[focus].browsing = false
        }
        error = nil
        return .stay
    }

    /// Submits, or first asks the action's question when it has one.
    private mutating func confirmOrSubmit() -> Outcome {
        guard spec.confirmation != nil else { return .submit }
        confirmingSubmit = true
        return .stay
    }

    /// Pasted text goes into the focused field as text: line breaks kept where a field holds
    /// several lines (a summary, a note), spaces elsewhere; a paste longer than the field takes
    /// is refused with its limit, and nothing of it is inserted.
    mutating func paste(_ text: String, _ language: Language) {
        guard let parameter = fields[focus].parameter else { return }
        let kind = parameter.kind
        let value = kind == .longText ? text : String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
        guard fields[focus].input.text.count + value.count <= kind.longest else {
            error = DeskError.tooLong(field: parameter.label, longest: kind.longest).message(language)
            return
        }
        fields[focus].input.insert(value)
        fields[focus].pick = 0
        fields[focus].browsing = false
        error = nil
    }

    private mutating func accept(_ suggestion: Suggestion) {
        if fields[focus].parameter?.repeats == true {
            fields[focus].picked.append(suggestion.value)
            fields[focus].input.set("")
        } else {
            fields[focus].input.set(suggestion.value)
        }
        fields[focus].pick = 0
        fields[focus].browsing = false
    }
}

extension ActionSpec.Parameter.Kind {
    var isChoice: Bool { if case .choice = self { true } else { false } }
}
