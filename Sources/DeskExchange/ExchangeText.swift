import DeskCore

/// The exchange's own words: what is wrong with a file or one of its rows, and the import's summary.
public enum ExchangeText {
    public static let cannotRead = Phrase("无法读取文件", "the file cannot be read")
    public static let notUTF8OrEmpty = Phrase("文件为空", "the file is empty")
    public static func notCSV(_ detail: String) -> Phrase { Phrase("不是 CSV 文件：\(detail)", "not a CSV file: \(detail)") }
    public static let notJSON = Phrase("不是 JSON 文件：应为对象数组", "not a JSON file: expected an array of objects")
    public static func missingColumns(_ names: [String]) -> Phrase {
        Phrase("缺少列：\(names.joined(separator: "、"))", "missing columns: \(names.joined(separator: ", "))")
    }
    public static func emptyValue(_ column: String) -> Phrase { Phrase("“\(column)”为空", "\(column) is empty") }
    public static func badValue(_ column: String, _ value: String, expected: String) -> Phrase {
        Phrase("“\(column)”的值“\(value)”无效，应为 \(expected)", "\(column) '\(value)' is not valid: expected \(expected)")
    }
    public static func unknownOrder(_ number: String) -> Phrase { Phrase("没有工单编号为 \(number) 的工单", "no case was taken in from order \(number)") }
    public static func row(_ number: Int, _ reason: Phrase) -> Phrase { Phrase("第 \(number) 行：\(reason.zh)", "row \(number): \(reason.en)") }
    public static func file(_ path: String, _ reason: Phrase) -> Phrase { Phrase("\(path)：\(reason.zh)，未写入任何内容", "\(path): \(reason.en); nothing written") }
    public static func summary(_ s: ImportSummary, dryRun: Bool) -> Phrase {
        let zh = "新受理 \(s.taken)，更新 \(s.updated)，未变 \(s.unchanged)，待人工分类 \(s.flagged)，拒收 \(s.rejected)"
        let en = "taken \(s.taken), updated \(s.updated), unchanged \(s.unchanged), flagged \(s.flagged), rejected \(s.rejected)"
        return dryRun ? Phrase("试运行（未写入）：" + zh, "dry run (nothing written): " + en) : Phrase(zh, en)
    }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    public static let all: [Phrase] = [
        cannotRead, notUTF8OrEmpty, notCSV("第 3 行引号未闭合"), notJSON, missingColumns(["order", "summary"]), emptyValue("order"),
        badValue("received", "昨天", expected: "YYYY-MM-DD HH:mm"), unknownOrder("2026112700123"), row(3, emptyValue("order")),
        file("orders.csv", notJSON), summary(ImportSummary(taken: 3, updated: 1, unchanged: 2, flagged: 1, rejected: 1), dryRun: true),
    ]
}

/// What an import did, in the counts its summary line gives.
public struct ImportSummary: Sendable, Equatable {
    public var taken = 0
    public var updated = 0
    public var unchanged = 0
    /// Of `taken`, those whose category or address could not be mapped.
    public var flagged = 0
    public var rejected = 0

    public init(taken: Int = 0, updated: Int = 0, unchanged: Int = 0, flagged: Int = 0, rejected: Int = 0) {
        self.taken = taken
        self.updated = updated
        self.unchanged = unchanged
        self.flagged = flagged
        self.rejected = rejected
    }

    /// Counts one accepted command by what it decided: nothing (unchanged), a new case (taken,
    /// and flagged when its order could not be mapped), or anything else (updated).
    public mutating func count(_ events: [DeskEvent]) {
        if events.isEmpty { return unchanged += 1 }
        guard events.contains(where: { if case .caseTakenIn = $0 { true } else { false } }) else { return updated += 1 }
        taken += 1
        if events.contains(where: { if case .orderApplied(let o) = $0 { o.flagged } else { false } }) { flagged += 1 }
    }
}
