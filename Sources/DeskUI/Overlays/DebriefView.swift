import DeskCore
import DeskTraining

/// A training run's debrief inside the desk, when the trainee quits or the time is up: the
/// score, each expected action with its verdict, time and points (a miss with the article or
/// rule it comes from), and what was done unasked. The same judgement `report.md` holds.
enum DebriefView {
    /// The widest the debrief is drawn: beyond it the figures would stand far from their action.
    static let widest = 96

    static func draw(_ shown: PracticeDebrief, scroll: Int, _ view: FrameContext, into canvas: inout Canvas, area: Rect) {
        let width = min(area.width, widest)
        let area = Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: area.height)
        let lines = lines(shown, view, width: area.width - 4)
        let rows = area.height - 3
        let scrolls = lines.count > rows
        let title = view.t(DebriefText.title(shown.scenario.title(view.language), trainee: shown.debrief.trainee))
            + (scrolls ? view.t(ChromeText.helpScrolls) : "")
        let inner = Chrome.box(area, title: title, into: &canvas)
        let start = min(scroll, max(0, lines.count - (inner.height - 1)))
        for (row, line) in lines.dropFirst(start).prefix(inner.height - 1).enumerated() {
            var x = inner.x
            for (text, role) in line {
                x += canvas.put(text, x: x, y: inner.y + row, role: role, maxWidth: max(0, inner.x + inner.width - x))
            }
        }
        canvas.put(KeyHint.line(DebriefKeys.all, view.language), x: inner.x, y: inner.y + inner.height - 1, role: .muted, maxWidth: inner.width)
    }

    /// A row of the debrief: its pieces, each in its role.
    typealias Line = [(String, Role)]

    /// The debrief's lines, `width` columns wide: a result's figures stand at the right; a long
    /// reason or entry continues on the next row.
    static func lines(_ shown: PracticeDebrief, _ view: FrameContext, width: Int) -> [Line] {
        let debrief = shown.debrief
        func wrapped(_ text: String, _ role: Role) -> [Line] { DetailView.wrap((text, role), width: width).map { [$0] } }
        var lines: [Line] = wrapped(view.t(debrief.scoreLine), .accent) + [[]]
        let verdictWidth = Debrief.Verdict.allCases.map { DisplayWidth.width(of: view.t($0.label)) }.max()! + 2
        for result in debrief.results {
            let verdict = DisplayWidth.pad(view.t(result.verdict.label), to: verdictWidth)
            let what = title(result.action, view) + (result.item.map { " " + $0 } ?? "")
            let taken = result.taken.map(Debrief.span) ?? view.t(DebriefText.notDone)
            let figures = " \(taken) / \(Debrief.span(result.limit))  \(result.earned)/\(result.points)"
            let room = max(0, width - DisplayWidth.width(of: verdict) - DisplayWidth.width(of: figures))
            lines.append([(verdict, role(result.verdict)), (DisplayWidth.pad(DisplayWidth.truncate(what, to: room), to: room), .popup),
                          (figures, .popup)])
            if result.verdict != .met {
                let source = Debrief.source(article: result.article, rule: result.rule, view.language)
                let why = DebriefText.comesFrom(source, note: result.note.map { $0.phrase(view.language) })
                lines += wrapped(String(repeating: " ", count: verdictWidth) + view.t(why), .muted)
            }
        }
        lines += [[], [(view.t(DebriefText.unexpectedHeading), .accent)]]
        if debrief.unexpected.isEmpty { lines.append([(view.t(DebriefText.nothingUnexpected), .popup)]) }
        for action in debrief.unexpected {
            lines += wrapped(view.t(DebriefText.unexpectedLine(title(action.action, view), action.item ?? "", seq: action.seq, at: "+" + Debrief.span(action.at))), .popup)
        }
        return lines
    }

    /// An action's name in the desk's words.
    static func title(_ action: String, _ view: FrameContext) -> String {
        ActionCatalog.named(action).map { view.t($0.title) } ?? action
    }

    static func role(_ verdict: Debrief.Verdict) -> Role {
        switch verdict {
        case .met: .ok
        case .late: .warning
        case .wrong: .error
        case .missed: .overdue
        }
    }
}

/// The keys of the debrief shown when a training run ends.
enum DebriefKeys {
    static let scroll = KeyHint([.up, .down, .char("k"), .char("j")], "↑↓", Phrase("滚动", "scroll"))
    static let close = KeyHint([.char("q"), .enter, .escape], "q", Phrase("关闭练习（讲评同时存入 report.md）", "close the desk (the debrief is also saved to report.md)"))
    static let all = [scroll, close]
}
