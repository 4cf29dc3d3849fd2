import DeskCore
import Foundation

extension Debrief {
    /// The debrief as Markdown, in `language`: what `report.md` holds and the screen shows.
    public func markdown(_ language: Language, scenario: Scenario, zone: TimeZone) -> String {
        func t(_ phrase: Phrase) -> String { phrase(language) }
        var lines = ["# " + t(DebriefText.title(scenario.title(language), trainee: trainee)), "", t(scoreLine)]
        if !results.isEmpty {
            lines += ["", "## " + t(DebriefText.expectedHeading), "", t(DebriefText.columns), "|---|---|---|---|---|---|"]
        }
        for result in results {
            let title = ActionCatalog.named(result.action)?.title(language) ?? result.action
            let asked = result.outcome == nil && result.department == nil ? ""
                : t(DebriefText.asked(outcome: result.outcome, department: result.department))
            let taken = result.taken.map { Self.span($0) } ?? t(DebriefText.notDone)
            lines.append("| \(result.verdict.label(language)) | \(title) `\(result.action)`\(asked) | \(result.item ?? "-") | \(taken) / \(Self.span(result.limit)) "
                         + "| \(result.earned)/\(result.points) | \(Self.source(article: result.article, rule: result.rule, language)) |")
        }
        let misses = results.filter { $0.verdict != .met }
        if !misses.isEmpty {
            lines += ["", "## " + t(DebriefText.missesHeading), ""]
            for result in misses {
                let what = "\(result.verdict.label(language)) `\(result.action)`" + (result.item.map { " " + $0 } ?? "")
                lines.append(t(DebriefText.missLine(what, from: Self.source(article: result.article, rule: result.rule, language), note: result.note?.phrase(language))))
            }
        }
        lines += ["", "## " + t(DebriefText.unexpectedHeading), ""]
        if unexpected.isEmpty { lines.append(t(DebriefText.nothingUnexpected)) }
        for action in unexpected {
            lines.append(t(DebriefText.unexpectedLine(action.action, action.item ?? "", seq: action.seq, at: "+" + Self.span(action.at))))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The score; for a run with nothing expected (a replay), that what was done follows.
    public var scoreLine: Phrase {
        results.isEmpty ? DebriefText.nothingExpected : DebriefText.score(score, earned: earned, possible: possible)
    }

    /// The article or rule an expectation comes from.
    public static func source(article: Int?, rule: Words?, _ language: Language) -> String {
        if let article {
            return DebriefText.article(language == .zh ? ChineseNumber.text(article) : String(article))(language)
        }
        return rule?.phrase(language) ?? ""
    }

    /// `12m`, `1h05m`, `45s`.
    public static func span(_ seconds: Int) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return "\(seconds)s" }
        let minutes = seconds / 60
        return minutes < 60 ? "\(minutes)m" : String(format: "%dh%02dm", minutes / 60, minutes % 60)
    }
}

/// 17 → 十七, for the regulation's article numbers (1–99).
enum ChineseNumber {
    static let digits = Array("零一二三四五六七八九")

    static func text(_ n: Int) -> String {
        guard n > 0, n < 100 else { return String(n) }
        let tens = n / 10, ones = n % 10
        let head = tens == 0 ? "" : (tens == 1 ? "" : String(digits[tens])) + "十"
        return head + (ones == 0 ? "" : String(digits[ones]))
    }
}
