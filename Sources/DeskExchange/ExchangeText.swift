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
    public static let notOpen311 = Phrase("不是 GeoReport v2 服务请求：应为请求对象的数组", "not a GeoReport v2 response: expected an array of service requests")
    public static func notOpen311Root(_ root: String) -> Phrase {
        Phrase("不是 GeoReport v2 服务请求：根元素为 <\(root)>，应为 <service_requests>",
               "not a GeoReport v2 response: the root element is <\(root)>, expected <service_requests>")
    }
    public static func jsonStops(line: Int, column: Int, _ expected: Phrase) -> Phrase {
        Phrase("JSON 在第 \(line) 行第 \(column) 列无法读取：应为\(expected.zh)", "JSON cannot be read at line \(line), column \(column): expected \(expected.en)")
    }
    public static func xmlStops(line: Int, column: Int, path: String) -> Phrase {
        let at = path.isEmpty ? "" : "（\(path)）"
        return Phrase("XML 在第 \(line) 行第 \(column) 列\(at)不再是格式正确的文档",
                      "XML stops being well-formed at line \(line), column \(column)" + (path.isEmpty ? "" : " (in \(path))"))
    }
    public static func expected(_ what: String) -> Phrase { Phrase(what, what) }
    static let expectedValue = Phrase("值（对象、数组、字符串、数字、true、false 或 null）", "a value (object, array, string, number, true, false or null)")
    static let expectedEnd = Phrase("文件结束", "the end of the file")
    public static func emptyValue(_ column: String) -> Phrase { Phrase("“\(column)”为空", "\(column) is empty") }
    public static func badValue(_ column: String, _ value: String, expected: String) -> Phrase {
        Phrase("“\(column)”的值“\(value)”无效，应为 \(expected)", "\(column) '\(value)' is not valid: expected \(expected)")
    }
    public static func unknownOrder(_ number: String) -> Phrase { Phrase("没有工单编号为 \(number) 的工单", "no case was taken in from order \(number)") }
    public static func row(_ number: Int, _ reason: Phrase) -> Phrase { Phrase("第 \(number) 行：\(reason.zh)", "row \(number): \(reason.en)") }
    public static func file(_ path: String, _ reason: Phrase) -> Phrase { Phrase("\(path)：\(reason.zh)，未写入任何内容", "\(path): \(reason.en); nothing written") }
    public static func summary(_ s: ImportSummary, dryRun: Bool) -> Phrase {
        let zh = s.kind == .evaluations ? "已记录 \(s.recorded)，未变 \(s.unchanged)，拒收 \(s.rejected)"
            : "新受理 \(s.taken)，更新 \(s.updated)，未变 \(s.unchanged)，待人工分类 \(s.flagged)，拒收 \(s.rejected)"
        let en = s.kind == .evaluations ? "recorded \(s.recorded), unchanged \(s.unchanged), rejected \(s.rejected)"
            : "taken \(s.taken), updated \(s.updated), unchanged \(s.unchanged), flagged \(s.flagged), rejected \(s.rejected)"
        return dryRun ? Phrase("试运行（未写入）：" + zh, "dry run (nothing written): " + en) : Phrase(zh, en)
    }

    /// The service codes no rule of the profile maps, most requests first: taken in flagged for triage.
    public static func unmappedCodes(_ codes: [String: Int]) -> Phrase {
        let listed = codes.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { "\($0.key) (\($0.value))" }
        return Phrase("未能对应类别的服务代码（已受理，待人工分类）：\(listed.joined(separator: "、"))",
                      "service codes not mapped to a category (taken in, flagged for triage): \(listed.joined(separator: ", "))")
    }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    public static let all: [Phrase] = [
        cannotRead, notUTF8OrEmpty, notCSV("第 3 行引号未闭合"), notJSON, missingColumns(["order", "summary"]), emptyValue("order"),
        badValue("received", "昨天", expected: "YYYY-MM-DD HH:mm"), unknownOrder("2026112700123"), row(3, emptyValue("order")),
        file("orders.csv", notJSON), notOpen311, notOpen311Root("errors"), jsonStops(line: 3, column: 7, expected("“,” / “}”")),
        jsonStops(line: 1, column: 1, expectedValue), jsonStops(line: 9, column: 1, expectedEnd),
        xmlStops(line: 4, column: 12, path: "service_requests/request[2]/lat"), summary(ImportSummary(taken: 3, updated: 1, unchanged: 2, flagged: 1, rejected: 1), dryRun: true),
        summary(ImportSummary(kind: .evaluations, unchanged: 1, rejected: 1, recorded: 4), dryRun: false), unmappedCodes(["006": 2, "099": 1]),
    ]
}

/// What an import did, in the counts its summary line gives.
public struct ImportSummary: Sendable, Equatable {
    /// What the file's rows are: work orders or service requests (cases), or call-back results.
    public enum Kind: Sendable { case cases, evaluations }

    public var kind: Kind
    public var taken = 0
    public var updated = 0
    public var unchanged = 0
    /// Of `taken`, those whose category or address could not be mapped.
    public var flagged = 0
    public var rejected = 0
    /// Call-back results recorded (the centre's result was new or changed).
    public var recorded = 0
    /// Open311 service codes no rule maps, with how many new cases came in under each.
    public var unmappedCodes: [String: Int] = [:]

    public init(kind: Kind = .cases, taken: Int = 0, updated: Int = 0, unchanged: Int = 0, flagged: Int = 0,
                rejected: Int = 0, recorded: Int = 0) {
        self.kind = kind
        self.recorded = recorded
        self.taken = taken
        self.updated = updated
        self.unchanged = unchanged
        self.flagged = flagged
        self.rejected = rejected
    }

    /// Counts one accepted command by what it decided: nothing (unchanged), a call-back result
    /// (recorded), a new case (taken, and flagged when its order or request could not be mapped),
    /// or anything else (updated).
    public mutating func count(_ events: [DeskEvent]) {
        if events.isEmpty { return unchanged += 1 }
        if events.contains(where: { if case .caseEvaluated = $0 { true } else { false } }) { return recorded += 1 }
        guard events.contains(where: { if case .caseTakenIn = $0 { true } else { false } }) else { return updated += 1 }
        taken += 1
        for event in events {
            switch event {
            case .orderApplied(let o) where o.flagged: flagged += 1
            case .serviceRequestApplied(let e) where e.flagged:
                flagged += 1
                if e.codeUnmapped { unmappedCodes[e.request.serviceCode, default: 0] += 1 }
            default: continue
            }
        }
    }
}
