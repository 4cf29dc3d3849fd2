import DeskCore

/// The words of an item's detail: field labels, headings, states.
enum DetailText {
    static let caseTitle = Phrase("工单 ", "Case ")
    static let whistleTitle = Phrase("哨令 ", "Whistle ")
    static let dispatchTitle = Phrase("联合执法 ", "Dispatch ")
    static let status = Phrase("状态", "Status")
    static let typeAndSource = Phrase("类型来源", "Type")
    static let received = Phrase("受理", "Received")
    static let respondBy = Phrase("响应时限", "Respond by")
    static let resolveBy = Phrase("办结时限", "Resolve by")
    static let phone = Phrase("电话", "Phone")
    static let address = Phrase("地址", "Address")
    static let triage = Phrase("处置", "Triage")
    static let callBack = Phrase("回访", "Call-back")
    static let mergedInto = Phrase("并入", "Merged into")
    static let duplicates = Phrase("重复件", "Duplicates")
    static let unsolvable = Phrase("不能解决", "Unsolvable")
    static let links = Phrase("关联（Tab 选择，Enter 打开）", "Linked (Tab selects, Enter opens)")
    static let countedInRates = Phrase("  （计入三率）", "  (counted in the rates)")
    static let awaitingDecision = Phrase("待审批", "Awaiting")
    static let whistles = Phrase("哨令", "Whistles")
    static let dispatches = Phrase("联合执法", "Dispatches")
    static let doneOnTime = Phrase("  ✓ 按时", "  ✓ on time")
    static let doneLate = Phrase("  ✗ 超时", "  ✗ late")
    static let noActions = Phrase("（无）", "(none)")
    static let actionsHeading = Phrase("可用操作", "Actions")
    static let timelineHeading = Phrase("经过（日志）", "Timeline (journal)")
    static let whistleOpen = Phrase("在办（事不完，人不撤）", "open (stays until the matter is done)")
    static let finding = Phrase("巡查发现", "Finding")
    static let summonsHeading = Phrase("部门报到（一哨一考核）", "Departments (per-whistle record)")
    static let summonsDue = Phrase("  时限", "  Due")
    static let summonsIn = Phrase("  报到", "  In")
    static let summonsDone = Phrase("  完成", "  Done")
    static let summonsReason = Phrase("  理由", "  Reason")
    static let concludedAt = Phrase("已结 ", "concluded ")
    static let dispatchOpen = Phrase("在办", "open")
    static let participants = Phrase("参与", "With")
    static let planned = Phrase("计划", "Planned")
    static let dispatchedAt = Phrase("调度", "Created")
    static let unitsHeading = Phrase("力量状态", "Units")
    static let outcome = Phrase("结果", "Outcome")
    static let findings = Phrase("查处情况", "Findings")
    static let code = Phrase("编码", "Code")
    static let ratesSevenDays = Phrase("三率近7天", "Rates 7d")
    static func ratesOver(_ period: String) -> Phrase { Phrase("三率 \(period)", "Rates \(period)") }
    static func whistlesOver(_ period: String) -> Phrase { Phrase("哨令 \(period)", "Whistles \(period)") }
    static let behindOverdue = Phrase("逾期", "Overdue")
    static let behindUnsolved = Phrase("未解决", "Unsolved")
    static let behindUnsatisfied = Phrase("不满意", "Unsatisfied")
    static let contact = Phrase("联系", "Contact")
    static let notSummonedLately = Phrase("近7天未被召集", "not summoned in 7 days")
    static let rating = Phrase("评价", "Rating")
    static let noRatingsLately = Phrase("近7天无评价（第四十五条）", "no ratings in 7 days (Art 45)")
    static let compositeLabel = Phrase("综合 ", "composite ")

    static let refusalConsequence = Phrase("（第四十四条：报区政府，计入年度考核）", " (Art 44: reported to the district, counts in its review)")
    static let response = Phrase("响应", "response")
    static func openCases(_ n: Int) -> Phrase { Phrase("在办工单 \(n)", "Open cases \(n)") }
    static func patrolFindings(_ n: Int) -> Phrase { Phrase("巡查发现 \(n)", "Patrol findings \(n)") }
    static func refusals(_ n: Int) -> Phrase { Phrase("拒不履职（第四十四条）\(n)", "Refusals (Art 44) \(n)") }
    static func urged(_ n: Int) -> Phrase { Phrase("  督办×\(n)", "  urged ×\(n)") }
    /// `（9/10）`, after a rate.
    static func fraction(_ count: Int, of total: Int) -> Phrase { Phrase("（\(count)/\(total)）  ", " (\(count)/\(total))  ") }
    static func summonsRecord(_ r: WhistleRecordFigures) -> Phrase {
        Phrase("召集 \(r.summoned) · 按时 \(r.onTime) · 迟报 \(r.late) · 拒绝 \(r.refused) · 待报到 \(r.pending)",
               "summoned \(r.summoned) · on time \(r.onTime) · late \(r.late) · refused \(r.refused) · pending \(r.pending)")
    }
    static func utilityRating(mean: Double, count: Int) -> Phrase {
        Phrase(String(format: "%.1f 分（%d 次，近7天，第四十五条）", mean, count), String(format: "%.1f / 5 (%d ratings, 7 days, Art 45)", mean, count))
    }


    /// The street's figures for a day, and the cases behind each (`F` on the Today board).
    static func streetFiguresTitle(_ day: String) -> Phrase { Phrase("全街道 \(day) 的数字与其工单", "The street on \(day): the cases behind each figure") }
    static let figuresHint = Phrase("每个数字后列出其工单；Tab 选择，Enter 打开", "each figure's cases follow it; Tab selects, Enter opens")
    static func figure(_ figure: CaseFigure) -> Phrase {
        switch figure {
        case .takenIn: Phrase("受理", "Taken in")
        case .proactive: Phrase("主动发现", "Proactive")
        case .resolved: Phrase("办结", "Resolved")
        case .closed: Phrase("结案", "Closed")
        case .due: Phrase("应响应", "Due")
        case .onTime: Phrase("按时响应", "On time")
        case .overdue: behindOverdue
        case .calledBack: Phrase("回访", "Called back")
        case .solved: Phrase("解决", "Solved")
        case .satisfied: Phrase("满意", "Satisfied")
        }
    }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    static let all: [Phrase] = [
        caseTitle, whistleTitle, dispatchTitle, status, typeAndSource, received, respondBy, resolveBy,
        phone, address, triage, callBack, mergedInto, duplicates, unsolvable, links, countedInRates, awaitingDecision,
        whistles, dispatches, doneOnTime, doneLate, noActions, actionsHeading, timelineHeading, whistleOpen,
        finding, summonsHeading, summonsDue, summonsIn, summonsDone, summonsReason, concludedAt, dispatchOpen,
        participants, planned, dispatchedAt, unitsHeading, outcome, findings, code, ratesSevenDays, ratesOver("近7天"), whistlesOver("本月"), behindOverdue, behindUnsolved, behindUnsatisfied,
        streetFiguresTitle("11-27"), figuresHint, figure(.takenIn),
        contact, notSummonedLately, rating, noRatingsLately, compositeLabel,
        refusalConsequence, response, openCases(12), patrolFindings(3), refusals(2), urged(2), fraction(9, of: 10),
        utilityRating(mean: 4.2, count: 7),
        summonsRecord({ var record = WhistleRecordFigures(); record.summoned = 5; record.late = 1; return record }()),
    ]
}
