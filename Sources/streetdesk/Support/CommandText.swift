import DeskCore

/// What the command line prints, in both languages: one table, so no command carries its own
/// `zh ? … : …`.
enum CommandText {
    // verify
    static func intact(_ count: Int64) -> Phrase { Phrase("完好：\(count) 条", "intact: \(count) entries") }
    static func brokenAt(_ seq: Int64, _ what: Phrase) -> Phrase { Phrase("第 \(seq) 条损坏：\(what.zh)", "broken at seq \(seq): \(what.en)") }
    static func sealMatches(_ seq: Int64, at: String, by: String) -> Phrase {
        Phrase("封签相符：第 \(seq) 条，\(at) 由 \(by) 封", "seal matches: entry \(seq), sealed at \(at) by \(by)")
    }
    static let noCheckpoint = Phrase("尚无检查点", "no checkpoint yet")
    static func checkpointUnusable(_ seq: Int64, _ problem: String) -> Phrase {
        Phrase("第 \(seq) 条处的检查点不可用：\(problem)", "the checkpoint at seq \(seq) cannot be used: \(problem)")
    }
    static func checkpointDiffers(_ seq: Int64) -> Phrase {
        Phrase("第 \(seq) 条处的检查点与从头重放不符", "the checkpoint at seq \(seq) differs from a replay from entry 1")
    }
    static func checkpointEquals(_ seq: Int64) -> Phrase {
        Phrase("检查点（第 \(seq) 条）与从头重放一致", "checkpoint at seq \(seq) equals a replay from entry 1")
    }
    // checkpoint
    static func checkpointSaved(_ seq: Int64) -> Phrase { Phrase("检查点：第 \(seq) 条", "checkpoint at seq \(seq)") }
    // desk, init
    static func firstRun(_ path: String, entries: Int64) -> Phrase {
        Phrase("首次运行：已在 \(path) 创建演示街道日志（\(entries) 条）", "first run: created the demo street's journal at \(path) (\(entries) entries)")
    }
    static func cannotReadProfile(_ path: String) -> Phrase { Phrase("无法读取档案文件 \(path)", "cannot read the profile file \(path)") }
    // show
    static let separator = Phrase("：", ": ")
    static func asOf(_ stamp: String, overdue: Int, dueSoon: Int) -> Phrase {
        Phrase("截至 \(stamp)  超期 \(overdue)  临期 \(dueSoon)", "as of \(stamp)  overdue \(overdue)  due soon \(dueSoon)")
    }
    static func openCases(_ count: Int) -> Phrase { Phrase("\n在办工单 \(count)", "\nOpen cases \(count)") }
    static func openWhistles(_ count: Int) -> Phrase { Phrase("\n在办哨令 \(count)", "\nOpen whistles \(count)") }
    static func openDispatches(_ count: Int) -> Phrase { Phrase("\n在办调度 \(count)", "\nOpen dispatches \(count)") }
    // show --handover
    static func acknowledged(_ stamp: String) -> Phrase { Phrase("已确认 \(stamp)", "acknowledged \(stamp)") }
    static let notYetAcknowledged = Phrase("待确认", "not yet acknowledged")
    static let overdueCases = Phrase("超期工单", "overdue cases")
    static let dueNextShift = Phrase("下一班到期", "due next shift")
    static let openWhistlesLabel = Phrase("在办哨令", "open whistles")
    static let unitsOut = Phrase("力量在场", "units out")
    // profile
    static let demo = Phrase("（演示）", " (demo)")
    static let grids = Phrase("\n网格", "\nGrids")
    static let departments = Phrase("\n部门", "\nDepartments")
    static let categories = Phrase("\n类别", "\nCategories")
}
