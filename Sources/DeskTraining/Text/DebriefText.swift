import DeskCore

/// The words of the debrief, the scenario list and the practice journal's refusals.
public enum DebriefText {
    public static func title(_ scenario: String, trainee: String) -> Phrase {
        Phrase("练习讲评：\(scenario)（学员 \(trainee)）", "Debrief: \(scenario) (trainee \(trainee))")
    }
    public static func score(_ score: Int, earned: Int, possible: Int) -> Phrase {
        Phrase("得分 \(score)%（\(earned)/\(possible) 分）", "Score \(score)% (\(earned) of \(possible) points)")
    }
    static let nothingExpected = Phrase("本次练习没有设定应做的动作：下面列出学员所做的一切，可与原始记录对照讲评",
                                        "Nothing was expected in this run: everything the trainee did is listed below, to be set beside the real record")
    static let expectedHeading = Phrase("应做的动作", "Expected actions")
    static let columns = Phrase("| 结果 | 动作 | 事项 | 用时 / 时限 | 得分 | 依据 |", "| verdict | action | item | taken / limit | points | from |")
    static let missesHeading = Phrase("未达标的依据", "What each miss comes from")
    public static let unexpectedHeading = Phrase("场景未要求的动作", "Done but not expected")
    public static let nothingUnexpected = Phrase("无", "none")
    public static let notDone = Phrase("未做", "not done")
    static func article(_ number: String) -> Phrase { Phrase("《条例》第\(number)条", "Art \(number)") }
    static func asked(outcome: String?, department: String?) -> Phrase {
        let parts = [outcome, department].compactMap { $0 }.joined(separator: " · ")
        return Phrase("（要求：\(parts)）", " (asked: \(parts))")
    }
    static func missLine(_ what: String, from source: String, note: String?) -> Phrase {
        Phrase("- \(what)：\(source)" + (note.map { "（\($0)）" } ?? ""), "- \(what): \(source)" + (note.map { " (\($0))" } ?? ""))
    }
    /// Under a miss in the desk's debrief: the article or rule it comes from, and why.
    public static func comesFrom(_ source: String, note: String?) -> Phrase {
        Phrase("↳ \(source)" + (note.map { "（\($0)）" } ?? ""), "↳ \(source)" + (note.map { " (\($0))" } ?? ""))
    }
    public static func unexpectedLine(_ action: String, _ item: String, seq: Int64, at: String) -> Phrase {
        Phrase("- #\(seq) \(at) \(action) \(item)", "- #\(seq) at \(at): \(action) \(item)")
    }
    public static func notAPracticeJournal(_ path: String) -> Phrase {
        Phrase("\(path) 不是练习日志（没有练习标记）", "\(path) is not a practice journal (it has no training mark)")
    }
    public static func isAPracticeJournal(_ path: String, scenario: String) -> Phrase {
        Phrase("\(path) 是练习日志（场景 \(scenario)），不是业务日志；请用 streetdesk train --score 查看",
               "\(path) is a practice journal (scenario \(scenario)), not an operations journal: use streetdesk train --score on it")
    }
    public static let giveAScenario = Phrase("请给出场景名或文件", "give a scenario name or file")
    public static let speedMustBePositive = Phrase("--speed 须大于 0", "--speed must be more than 0")
    public static func cannotReadScenario(_ file: String, builtins: [String]) -> Phrase {
        Phrase("无法读取场景文件 \(file)（内置场景：\(builtins.joined(separator: ", "))）",
               "cannot read the scenario file \(file) (built in: \(builtins.joined(separator: ", ")))")
    }
    public static let listColumns = Phrase("场景 · 级别 · 时长 · 条款 · 名称", "scenario · level · length · articles · title")
    public static func checked(_ file: String, injects: Int, expected: Int) -> Phrase {
        Phrase("\(file)：无误（\(injects) 条推送，\(expected) 项应做动作）", "\(file): fine (\(injects) injects, \(expected) expected actions)")
    }
    public static func practiceJournalAt(_ path: String) -> Phrase { Phrase("练习日志：\(path)", "practice journal: \(path)") }
    public static func reportAt(_ path: String) -> Phrase { Phrase("讲评已写入 \(path)", "debrief written to \(path)") }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    public static let all: [Phrase] = [
        title("分流练习", trainee: "李娜"), score(80, earned: 40, possible: 50), nothingExpected, expectedHeading, columns, missesHeading,
        unexpectedHeading, nothingUnexpected, notDone, article("十七"), asked(outcome: "办理", department: "环卫所"),
        missLine("未做 `route` C0351", from: "《条例》第十七条", note: "属街道职责"), comesFrom("《条例》第十七条", note: "属街道职责"), unexpectedLine("联系", "C0351", seq: 12, at: "09:14"), notAPracticeJournal("街道日志"),
        isAPracticeJournal("练习日志", scenario: "分流练习"), giveAScenario, speedMustBePositive,
        cannotReadScenario("场景文件", builtins: ["分流"]), listColumns, checked("分流场景", injects: 4, expected: 8),
        practiceJournalAt("练习日志"), reportAt("讲评报告"),
    ]
}
