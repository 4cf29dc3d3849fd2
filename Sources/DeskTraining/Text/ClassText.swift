import DeskCore

/// The words of `train --class`: the class summary and why journals cannot be one class.
public enum ClassText {
    static func title(_ scenario: String, trainees: Int) -> Phrase {
        Phrase("班级讲评：\(scenario)（\(trainees) 份练习日志）", "Class summary: \(scenario) (\(trainees) practice journals)")
    }
    static let traineesHeading = Phrase("学员", "Trainees")
    static let traineeColumns = Phrase("| 学员 | 得分 | 达标 | 超时 | 做错 | 未做 | 用时中位数 |",
                                       "| trainee | score | met | late | wrong | missed | median time |")
    static let actionsHeading = Phrase("应做的动作：谁已掌握", "Expected actions: who has learned them")
    static let actionColumns = Phrase("| 动作 | 事项 | 依据 | 达标 | 用时中位数 | 未达标 |",
                                      "| action | item | from | met | median time | not met |")
    static let nameSeparator = Phrase("、", ", ")
    static func withVerdict(_ trainee: String, _ verdict: String) -> Phrase { Phrase("\(trainee)（\(verdict)）", "\(trainee) (\(verdict))") }
    public static func noJournals(_ folder: String) -> Phrase {
        Phrase("\(folder) 中没有练习日志", "no practice journals (*.journal) in \(folder)")
    }
    static func mixed(_ groups: [String]) -> Phrase {
        Phrase("这些练习日志属于不同的场景，不能合并讲评；请按场景分开目录：\(groups.joined(separator: "；"))",
               "these practice journals are of different scenarios and cannot be summarized as one class; keep one scenario to a folder: "
                   + groups.joined(separator: "; "))
    }
    static func scenarioJournals(_ scenario: String, _ journals: [String]) -> Phrase {
        Phrase("场景 \(scenario)：\(journals.joined(separator: "、"))", "scenario \(scenario): \(journals.joined(separator: ", "))")
    }
    static func edited(_ scenario: String, _ first: String, _ others: [String]) -> Phrase {
        Phrase("场景 \(scenario) 的文本在练习之间改过（\(first) 与 \(others.joined(separator: "、")) 不同），得分不可比",
               "scenario \(scenario) was edited between runs (\(others.joined(separator: ", ")) differ from \(first)): their scores cannot be compared")
    }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    public static let all: [Phrase] = [
        title("分流练习", trainees: 3), traineesHeading, traineeColumns, actionsHeading, actionColumns, nameSeparator,
        withVerdict("李娜", "超时"), noJournals("培训班"), mixed(["场景 分流：甲的日志"]), scenarioJournals("分流", ["甲的日志", "乙的日志"]),
        edited("分流", "甲的日志", ["乙的日志"]),
    ]
}
