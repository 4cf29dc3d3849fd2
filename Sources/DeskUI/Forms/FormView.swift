import DeskCore

/// A form drawn as a box over the board: one row per field, the focused field's pick list
/// under it, problems inline, the core's refusal at the bottom.
enum FormView {
    static func draw(_ form: Form, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        guard form.fields.indices.contains(form.focus) else { return }
        let focused = form.fields[form.focus]
        let suggestions = form.suggestions(focused, view: view) ?? []
        let listRows = min(suggestions.count, 6)
        let height = min(area.height, form.fields.count + listRows + 5)
        let width = min(area.width, 96)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width, height: height)
        let title = "\(view.t(form.spec.title))  :\(form.spec.name)"
        let inner = Chrome.box(box, title: title, into: &canvas)
        let labelWidth = 12
        // Keep the focused field and its list in view on a short terminal.
        let firstRow = max(0, form.focus + listRows + 3 - inner.height)
        var y = inner.y
        for (index, field) in form.fields.enumerated() where index >= firstRow {
            guard y < inner.y + inner.height - 2 else { break }
            let isFocused = index == form.focus
            canvas.put(DisplayWidth.pad(form.label(of: field, view), to: labelWidth), x: inner.x, y: y, role: isFocused ? .focus : .popup)
            var x = inner.x + labelWidth
            for value in field.picked {
                x += canvas.put("[\(chip(value, field, view))] ", x: x, y: y, role: .accent, maxWidth: inner.x + inner.width - x)
            }
            let fieldWidth = max(4, inner.x + inner.width - x)
            if !isFocused, let shown = display(field, view), shown != field.input.text {
                // A value picked or filled in by its id reads by its name, the id after it.
                canvas.put(view.t(FormText.named(shown, id: field.input.text)), x: x, y: y, role: .normal, maxWidth: fieldWidth)
            } else {
                InputLine.draw(field.input, x: x, y: y, width: fieldWidth, focused: isFocused, into: &canvas)
            }
            if let problem = form.problem(field, view: view), !isFocused {
                let text = "✗ " + problem
                canvas.put(text, x: max(x, inner.x + inner.width - DisplayWidth.width(of: text)), y: y, role: .error)
            }
            y += 1
            if isFocused, listRows > 0 {
                // The list sits under the input column, whatever chips stand before the caret.
                let x = inner.x + labelWidth
                let fieldWidth = inner.width - labelWidth
                let isChoice = if case .choice? = field.parameter?.kind { true } else { false }
                let window = Scroll.window(count: suggestions.count, visible: listRows, selection: field.pick)
                for index in window where y < inner.y + inner.height - 2 {
                    let s = suggestions[index]
                    let selected = index == field.pick
                    let row = (selected ? "› " : "  ") + view.t(FormText.pickRow(s, choice: isChoice))
                    if selected { canvas.fill(Rect(x: x, y: y, width: fieldWidth, height: 1), role: .selection) }
                    canvas.put(row, x: x, y: y, role: selected ? .selection : .muted, maxWidth: fieldWidth)
                    y += 1
                }
            }
        }
        let bottom = inner.y + inner.height - 1
        if form.confirmingSubmit, let question = form.spec.confirmation {
            canvas.put(view.t(question), x: inner.x, y: bottom - 1, role: .warning, maxWidth: inner.width)
        } else if form.confirmingDiscard {
            canvas.put(view.t(FormText.confirmDiscard),
                       x: inner.x, y: bottom - 1, role: .warning, maxWidth: inner.width)
        } else if let error = form.error {
            canvas.put("✗ " + error, x: inner.x, y: bottom - 1, role: .error, maxWidth: inner.width)
        }
        canvas.put(KeyHint.line(FormKeys.shown, view.language),
                   x: inner.x, y: bottom, role: .muted, maxWidth: inner.width)
    }

    /// The readable name of an id-like value: 槐荫第一网格 for a grid code, 区供水服务中心 for `water`.
    static func display(_ field: Form.Field, _ view: FrameContext) -> String? {
        guard field.parameter != nil, !field.input.isEmpty else { return nil }
        return chip(field.input.text, field, view).nonEmpty
    }

    static func chip(_ value: String, _ field: Form.Field, _ view: FrameContext) -> String {
        guard let parameter = field.parameter else { return value }
        let all = Suggestions.all(for: parameter, in: view, near: nil) ?? []
        return all.first { $0.value == value }?.label ?? value
    }
}

extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
