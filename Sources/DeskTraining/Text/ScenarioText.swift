import DeskCore

/// What the scenario reader and checker say about a file.
public enum ScenarioText {
    static let empty = Phrase("文件是空的", "the file is empty")
    static let expectedMapping = Phrase("应为键值映射", "expected a mapping")
    static let expectedList = Phrase("应为列表", "expected a list")
    static let expectedText = Phrase("应为文字", "expected text")
    static let expectedWholeNumber = Phrase("应为整数", "expected a whole number")
    static let missingKey = Phrase("缺少必填的键", "required key is missing")
    static let outOfOrder = Phrase("早于前一条：按时间顺序排列", "earlier than the line before: list them in time order")
    static let negativePoints = Phrase("分值不能为负", "points cannot be negative")
    static let noSource = Phrase("须注明所依据的条款或规则", "give the article or the rule it comes from")
    static func malformed(_ detail: String) -> Phrase { Phrase("YAML 格式错误：\(detail)", "malformed YAML: \(detail)") }
    static func unknownKey(_ key: String, known: [String]) -> Phrase {
        Phrase("未知的键“\(key)”；此处可用：\(known.joined(separator: ", "))",
               "unknown key '\(key)'; known here: \(known.joined(separator: ", "))")
    }
    static func unknownFormat(_ format: Int) -> Phrase {
        Phrase("不认识的格式版本；本版本读第 \(format) 版", "unknown format version; this StreetDesk reads format \(format)")
    }
    static func notATimeSpan(_ text: String) -> Phrase {
        Phrase("“\(text)”不是时长，应如 30m、2h 或 7d", "'\(text)' is not a time span such as 30m, 2h or 7d")
    }
    static func notATime(_ text: String) -> Phrase {
        Phrase("“\(text)”不是带时区的时间，应如 2026-03-02T09:00:00+08:00",
               "'\(text)' is not a time with its offset such as 2026-03-02T09:00:00+08:00")
    }
    static func notOneOf(_ text: String, _ values: [String]) -> Phrase {
        Phrase("“\(text)”无效；可选：\(values.joined(separator: ", "))", "'\(text)' is not one of \(values.joined(separator: ", "))")
    }
    static func afterTheEnd(_ length: String) -> Phrase {
        Phrase("晚于演练结束（全长 \(length)）", "after the scenario ends (it lasts \(length))")
    }
    static func refused(_ reason: String) -> Phrase { Phrase("在本街道上无法执行：\(reason)", "cannot be played on this street: \(reason)") }
    static func unknownAction(_ name: String) -> Phrase { Phrase("没有名为“\(name)”的动作", "no action is called '\(name)'") }
    static func unknownLabel(_ label: String) -> Phrase {
        Phrase("此前没有命名为“\(label)”的事项", "no item is named '\(label)' (with as) before this")
    }
    public static func notYetMade(_ label: String) -> Phrase {
        Phrase("练习脚本的一条涉及学员应建立的事项“\(label)”，学员尚未建立，此条跳过",
               "a scenario line is about the item the trainee was to make ('\(label)'), not made yet: the line is passed over")
    }
    static func unknownDepartment(_ id: String) -> Phrase { Phrase("街道档案中没有部门“\(id)”", "the street has no department '\(id)'") }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    public static let all: [Phrase] = [
        empty, expectedMapping, expectedList, expectedText, expectedWholeNumber, missingKey, outOfOrder, negativePoints, noSource,
        malformed("缺少冒号"), unknownKey("时限", known: ["动作"]), unknownFormat(1),
        notATimeSpan("5 分钟"), notATime("9点"), notOneOf("转交", ["办理"]), afterTheEnd("30m"),
        refused("网格不存在"), unknownAction("分流"), unknownLabel("垃圾"), notYetMade("联合执法"), unknownDepartment("环卫"),
    ]
}
