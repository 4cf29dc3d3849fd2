import DeskCore

extension ClassSummary {
    /// The class summary as Markdown, in `language`: the trainees by score, then each expected
    /// action with who met it and who did not.
    public func markdown(_ language: Language, scenario: Scenario) -> String {
        func t(_ phrase: Phrase) -> String { phrase(language) }
        func names(_ list: [String]) -> String { list.isEmpty ? "-" : list.joined(separator: t(ClassText.nameSeparator)) }
        func median(_ seconds: Int?) -> String { seconds.map(Debrief.span) ?? "-" }
        var lines = ["# " + t(ClassText.title(scenario.title(language), trainees: trainees.count)), "",
                     "## " + t(ClassText.traineesHeading), "", t(ClassText.traineeColumns), "|---|---|---|---|---|---|---|"]
        for row in trainees {
            lines.append("| \(row.trainee) | \(row.score)% | \(row.met) | \(row.late) | \(row.wrong) | \(row.missed) | \(median(row.medianTaken)) |")
        }
        lines += ["", "## " + t(ClassText.actionsHeading), "", t(ClassText.actionColumns), "|---|---|---|---|---|---|"]
        for row in actions {
            let title = ActionCatalog.named(row.action)?.title(language) ?? row.action
            let source = Debrief.source(article: row.article, rule: row.rule, language)
            let notMet = [(Debrief.Verdict.late, row.late), (.wrong, row.wrong), (.missed, row.missed)].flatMap { verdict, list in
                list.map { t(ClassText.withVerdict($0, verdict.label(language))) }
            }
            lines.append("| \(title) `\(row.action)` | \(row.on ?? "-") | \(source) | \(row.met.count)/\(trainees.count) \(names(row.met)) "
                         + "| \(median(row.medianTaken)) | \(names(notMet)) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
