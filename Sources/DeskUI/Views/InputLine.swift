/// Draws an editable line with its caret as a highlighted cell; long text scrolls so the caret stays in view.
enum InputLine {
    static func draw(_ field: TextField, x: Int, y: Int, width: Int, focused: Bool, into canvas: inout Canvas) {
        canvas.fill(Rect(x: x, y: y, width: width, height: 1), role: focused ? .input : .popup)
        let characters = Array(field.text)
        var start = 0
        while start < field.caret,
            DisplayWidth.width(of: String(characters[start..<field.caret])) > width - 2 { start += 1 }
        let before = String(characters[start..<field.caret])
        let used = canvas.put(before, x: x, y: y, role: focused ? .input : .popup, maxWidth: width)
        guard focused else {
            canvas.put(String(characters[field.caret...]), x: x + used, y: y, role: .popup, maxWidth: width - used)
            return
        }
        let atCaret = field.caret < characters.count ? String(characters[field.caret]) : " "
        let caretWidth = canvas.put(atCaret, x: x + used, y: y, role: .cursor, maxWidth: width - used)
        let after = field.caret + 1 < characters.count ? String(characters[(field.caret + 1)...]) : ""
        canvas.put(after, x: x + used + caretWidth, y: y, role: .input, maxWidth: width - used - caretWidth)
    }
}
