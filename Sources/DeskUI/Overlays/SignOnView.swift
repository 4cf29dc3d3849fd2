import DeskCore

/// Sign-on (签到): who takes the console, picked from the profile's staff list.
enum SignOnView {
    static func draw(pick: Int, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        let staff = view.street.profile.staff ?? []
        let width = min(area.width, 48)
        let height = min(area.height, staff.count + 4)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - height) / 2), width: width, height: height)
        let inner = Chrome.box(box, title: view.t(ChromeText.signOnTitle), into: &canvas)
        for (row, member) in staff.enumerated() where row < inner.height - 1 {
            let selected = row == pick
            let line = DisplayWidth.pad(member.name, to: 12) + view.t(member.role.label) + (member.name == view.operatorName ? view.t(ChromeText.onDuty) : "")
            if selected { canvas.fill(Rect(x: inner.x, y: inner.y + row, width: inner.width, height: 1), role: .selection) }
            canvas.put(line, x: inner.x, y: inner.y + row, role: selected ? .selection : .popup, maxWidth: inner.width)
        }
        canvas.put(view.t(ChromeText.signOnKeys), x: inner.x, y: inner.y + inner.height - 1, role: .muted, maxWidth: inner.width)
    }

    /// The PIN or passphrase, one dot a character, never the characters themselves.
    static func draw(_ entry: SecretEntry, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        let width = min(area.width, 48)
        let box = Rect(x: area.x + (area.width - width) / 2, y: area.y + max(0, (area.height - 6) / 2), width: width, height: min(area.height, 6))
        let inner = Chrome.box(box, title: view.t(ChromeText.secretTitle(entry.name)), into: &canvas)
        let dots = String(repeating: "•", count: entry.field.text.count)
        canvas.put("> " + dots, x: inner.x, y: inner.y, role: .input, maxWidth: inner.width)
        if let error = entry.error { canvas.put(error, x: inner.x, y: inner.y + 1, role: .error, maxWidth: inner.width) }
        if let hint = view.signOnHint { canvas.put(view.t(ChromeText.demoSecret(hint)), x: inner.x, y: inner.y + 2, role: .muted, maxWidth: inner.width) }
        canvas.put(view.t(ChromeText.secretKeys), x: inner.x, y: inner.y + inner.height - 1, role: .muted, maxWidth: inner.width)
    }
}
