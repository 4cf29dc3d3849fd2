import DeskCore

/// The words of a timeline: one journal entry in the desk's language.
enum TimelineText {
    static let noteSeparator = Phrase("：", ": ")
    static let contacted = Phrase("联系诉求人", "contacted")
    static let progress = Phrase("进展", "progress")
    static let resolved = Phrase("办结", "resolved")
    static let feedback = Phrase("反馈", "feedback")
    static let callBack = Phrase("回访 ", "call-back ")
    static let closed = Phrase("结案", "closed")
    static let urged = Phrase("督办", "urged")
    static let extendedTo = Phrase("延期至 ", "extended to ")
    static let phoneRevealed = Phrase("查看完整电话", "phone revealed")
    static let foundUnsolvable = Phrase("办结：不能解决", "concluded: cannot be solved")
    static let extensionAskedTo = Phrase("申请延期至 ", "extension asked to ")
    static let requestRejected = Phrase("申请被驳回", "request rejected")

    static func streetConfigured(_ name: String) -> Phrase { Phrase("建立街道档案 \(name)", "street profile set: \(name)") }
    static func takenIn(_ type: Phrase, via source: Phrase) -> Phrase {
        Phrase("受理 \(type.zh) · \(source.zh)", "taken in: \(type.en) via \(source.en)")
    }
    static func returned(rule: String) -> Phrase { Phrase("退单：\(rule)", "returned: \(rule)") }
    static func merged(_ duplicate: String, into original: String) -> Phrase {
        Phrase("\(duplicate) 并入 \(original)", "\(duplicate) merged into \(original)")
    }
    static func returnAsked(rule: String) -> Phrase { Phrase("申请退单：\(rule)", "return asked: \(rule)") }
    static func summonsUrged(_ id: String, _ department: String) -> Phrase { Phrase("\(id) 督办 \(department)", "\(id) urged \(department)") }
    static func reopened(reason: String) -> Phrase { Phrase("重办：\(reason)", "reopened: \(reason)") }
    /// Followed by the summoned departments' names.
    static func whistleBlown(_ id: String, _ type: Phrase) -> Phrase { Phrase("\(id) \(type.zh)：召集 ", "\(id) \(type.en): summoned ") }
    static func whistleClosed(_ id: String) -> Phrase { Phrase("\(id) 销哨", "\(id) closed") }
    /// Followed by the lead department's name.
    static func dispatched(_ id: String) -> Phrase { Phrase("\(id) 调度：牵头 ", "\(id) dispatched: lead ") }
    static func findingRecorded(_ id: String, _ summary: String) -> Phrase {
        Phrase("巡查发现 \(id)：\(summary)", "patrol finding \(id): \(summary)")
    }
    static func handover(to successor: String, note: String) -> Phrase { Phrase("交接班 → \(successor)：\(note)", "handover → \(successor): \(note)") }
    static func corrected(_ seq: Int64) -> Phrase { Phrase("更正 #\(seq)：", "corrects #\(seq): ") }
    static let refusalWithdrawn = Phrase(" 拒不履职记录撤回", " refusal withdrawn")
    static func recategorized(_ category: String) -> Phrase { Phrase("类别改为 \(category)", "category now \(category)") }
    static func handoverAcknowledged(_ id: String) -> Phrase { Phrase("确认接班 \(id)", "handover \(id) acknowledged") }
    static func logRevealed(since: Int64, through: Int64, reason: String) -> Phrase {
        Phrase("日志第 \(since + 1)–\(through) 条的完整电话已查看：\(reason)", "full phone numbers of log entries \(since + 1)–\(through) seen: \(reason)")
    }
    static func practiceStarted(_ scenario: String, trainee: String) -> Phrase {
        Phrase("练习开始：\(scenario)，学员 \(trainee)", "practice started: \(scenario), trainee \(trainee)")
    }
    static func orderApplied(_ number: String) -> Phrase { Phrase("12345 工单 \(number)", "12345 order \(number)") }
    static let orderUrged = Phrase("督办 ", "urged ")
    static let orderSentBack = Phrase("退回 ", "sent back ")
    static let flaggedForTriage = Phrase("（类别或地址未能对应，待人工分类）", " (category or address not mapped: triage by hand)")
    static func tagged(_ theme: String) -> Phrase { Phrase("标记主题：\(theme)", "tagged: \(theme)") }
    static func untagged(_ theme: String) -> Phrase { Phrase("取消主题：\(theme)", "theme taken off: \(theme)") }
    static let evaluated = Phrase("热线回访：", "hotline call-back: ")
    static func serviceRequestApplied(_ id: String, closed: Bool) -> Phrase {
        closed ? Phrase("311 服务请求 \(id)（已办结）", "Open311 service request \(id) (closed)")
            : Phrase("311 服务请求 \(id)", "Open311 service request \(id)")
    }
    static func rated(_ department: String, score: Int) -> Phrase { Phrase("评价 \(department) \(score) 分", "rated \(department) \(score)/5") }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    static let all: [Phrase] = [
        noteSeparator, contacted, progress, resolved, feedback, callBack, closed, urged,
        extendedTo, phoneRevealed, foundUnsolvable, extensionAskedTo, requestRejected,
        returnAsked(rule: "职责清单第3条"), summonsUrged("W0031", "区环卫中心"),
        streetConfigured("示范街道"), takenIn(RequestType.complaint.label, via: CaseSource.hotline.label), returned(rule: "职责清单第3条"),
        merged("C0352", into: "C0351"), reopened(reason: "回访未解决"), whistleBlown("W0031", WhistleType.routine.label),
        whistleClosed("W0031"), dispatched("D0012"), findingRecorded("F0007", "井盖缺失"), handover(to: "李娜", note: "无"), handoverAcknowledged("H0003"), corrected(412), refusalWithdrawn, recategorized("垃圾清运不及时"), practiceStarted("分流练习", trainee: "李娜"), logRevealed(since: 0, through: 2386, reason: "回访核实"),
        rated("区供水服务中心", score: 4), orderApplied("2026112700123"), orderUrged, orderSentBack, flaggedForTriage, evaluated,
        serviceRequestApplied("638344", closed: true),
        tagged("每月一题：物业服务"), untagged("每月一题：物业服务"),
    ]
}
