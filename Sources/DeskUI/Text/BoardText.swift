import Foundation
import DeskCore

/// The words of the six boards: column titles, legends, footers, empty states.
enum BoardText {
    static let respondClock = Phrase("响应 ", "resp ")
    static let resolveClock = Phrase("办结 ", "fix ")
    static let caseNumber = Phrase("编号", "Case")
    static let receivedColumn = Phrase("受理", "In")
    static let typeColumn = Phrase("类型", "Type")
    static let categoryColumn = Phrase("类别", "Category")
    static let grid = Phrase("网格", "Grid")
    static let stateColumn = Phrase("状态", "State")
    static let dueColumn = Phrase("时限", "Due")
    static let summaryColumn = Phrase("诉求内容", "Summary")
    static let noOpenCases = Phrase("没有在办工单", "No open cases")
    /// When the `/` filter hides everything on a board.
    static let byDeadline = Phrase("按期限", "by deadline")
    static let byAge = Phrase("按受理先后", "by age")
    static let byGrid = Phrase("按网格", "by grid")
    static let byDepartment = Phrase("按部门", "by department")
    static let byBlown = Phrase("按吹哨先后", "by time blown")
    static let byWhistleType = Phrase("按哨令类别", "by whistle type")
    static let byCreated = Phrase("按调度先后", "by time created")
    static let byPlanned = Phrase("按计划时间", "by planned time")
    static let byLead = Phrase("按牵头部门", "by lead")
    static let byProfile = Phrase("按档案顺序", "in profile order")
    static let byComposite = Phrase("按综合（低在前）", "by score, lowest first")
    static let byResolution = Phrase("按解决率（低在前）", "by resolution, lowest first")
    static let byOpen = Phrase("按在办（多在前）", "by open, most first")
    static let ungrouped = Phrase("不分组", "ungrouped")
    static let groupedByDepartment = Phrase("部门分组", "grouped by department")
    static let groupedByCommunity = Phrase("社区分组", "grouped by community")
    static let groupedByUrgency = Phrase("紧急程度分组", "grouped by urgency")
    static let groupColumn = Phrase("分组", "Group")
    static let notRouted = Phrase("未分派", "not routed")
    static let noMatch = Phrase("没有符合筛选条件的项目", "No match for this filter")
    static let streetTotal = Phrase("全街道", "Street total")
    /// The hotline centre's own three rates over the week, and the cases on which it and the street disagree.
    static func hotlineRates(_ response: String, _ resolution: String, _ satisfaction: String, differing: [String]) -> Phrase {
        let zh = differing.isEmpty ? "" : "  与本街道不一致：" + differing.joined(separator: " ")
        let en = differing.isEmpty ? "" : "  differs from ours: " + differing.joined(separator: " ")
        return Phrase("12345 热线回访  响应 \(response)  解决 \(resolution)  满意 \(satisfaction)" + zh,
                      "12345 hotline call-back  response \(response)  resolution \(resolution)  satisfaction \(satisfaction)" + en)
    }
    static let department = Phrase("部门", "Department")
    static let kindColumn = Phrase("类别", "Kind")
    static let openColumn = Phrase("在办", "Open")
    static let scoreColumn = Phrase("综合", "Score")
    static let onTimeColumn = Phrase("按时", "OnT")
    static let lateColumn = Phrase("迟报", "Late")
    static let refusedColumn = Phrase("拒绝", "Ref")
    static let ratingColumn = Phrase("评价", "Art45")
    static let refusalsHeading = Phrase("拒不履职（第四十四条，报区政府）", "Refusals (Art 44, reported to the district)")
    static let number = Phrase("编号", "No.")
    static let plannedColumn = Phrase("计划", "Plan")
    static let placeColumn = Phrase("地点", "Place")
    static let leadColumn = Phrase("牵头", "Lead")
    static let matterColumn = Phrase("事由", "Matter")
    static let concludedTodayRule = Phrase("── 今日已结 ──", "── concluded today ──")
    static let noDispatches = Phrase("没有联合执法调度", "No dispatches")
    static let since = Phrase("自 ", "since ")
    static let openCount = Phrase("在办 ", "open ")
    static let concludedTodayCount = Phrase("   今日已结 ", "   concluded today ")
    static let laneHeading = Phrase("编号  计划  地点 · 牵头 · 事由", "No.   Plan  place · lead · matter")
    static let leadLabel = Phrase("牵头 ", "lead ")
    static let noGridMatchesTheFilter = Phrase("没有符合筛选的网格", "No grid matches the filter")
    static let overdue = Phrase("超期", "overdue")
    static let dueSoon = Phrase("临期", "due soon")
    static let onTrack = Phrase("正常", "on track")
    static let noneOpen = Phrase("无在办", "none open")
    /// The map's shading: how dark a tile's bar is says how many cases are in its worst state.
    static let shadeByCount = Phrase("深浅=件数", "shade=count")
    static let responseShort = Phrase("响应", "resp")
    static let solvedShort = Phrase("解决", "solved")
    static let satisfiedShort = Phrase("满意", "satisfied")
    static let lastSevenDays = Phrase("（近7天）", " (7 days)")
    static let community = Phrase("社区", "Community")
    static let workerInline = Phrase("网格员", "worker")
    static let servicesShort = Phrase("服务", "Services")
    static let supervisesInline = Phrase("监管 ", "supervises ")
    static let worker = Phrase("网格员", "Worker")
    static let services = Phrase("服务事项", "Services")
    static let supervises = Phrase("监管任务", "Supervises")
    static let rates = Phrase("三率", "Rates")
    static let nothingOpenHere = Phrase("无在办工单", "Nothing open here")
    static let today = Phrase("今日 ", "Today ")
    static let urgedColumn = Phrase("督办", "Urged")
    static let limitColumn = Phrase("时限类别", "Limit")
    static let lastActionColumn = Phrase("最近操作", "Last action")
    static let nothingOverdueOrDueSoon = Phrase("没有超期或临期的工单", "Nothing overdue or due soon")
    static let noHandoverYet = Phrase("交接班  （尚无记录）", "Handover  (none yet)")
    static let handover = Phrase("交接 ", "Handover ")
    static let response = Phrase("响应率", "response")
    static let resolution = Phrase("解决率", "resolution")
    static let satisfaction = Phrase("满意率", "satisfaction")
    static let composite = Phrase("综合", "composite")
    static let whistleTypeColumn = Phrase("哨种", "Type")
    static let matterKindColumn = Phrase("事项", "Matter")
    static let blownColumn = Phrase("吹哨", "Blown")
    static let caseColumn = Phrase("工单", "Case")
    static let matterInBriefColumn = Phrase("事由", "Matter in brief")
    static let noOpenWhistles = Phrase("没有在办哨令", "No open whistles")
    static let whistleClosed = Phrase("已销哨 ", "closed ")
    static let reporter = Phrase("报到人 ", "by ")
    static let doneAt = Phrase("完成 ", "done ")
    static let refusedArt44 = Phrase("拒绝·第四十四条", "refused·Art 44")
    static let onTimeAt = Phrase("按时 ", "on time ")
    static let lateBy = Phrase("已超 ", "late by ")
    static let lateAt = Phrase("迟到 ", "late ")
    static let timeLeft = Phrase("剩 ", "left ")

    static let responseColumn = Phrase("响应", "Resp")
    static let resolutionColumn = Phrase("解决", "Solv")
    static let satisfactionColumn = Phrase("满意", "Sat")
    /// The same columns with room for the whole Chinese word.
    static let responseRateColumn = Phrase("响应率", "Resp")
    static let resolutionRateColumn = Phrase("解决率", "Solv")
    static let satisfactionRateColumn = Phrase("满意率", "Sat")
    static let acknowledged = Phrase("已确认", "acknowledged")
    static let awaitingAcknowledgement = Phrase("待接班确认", "not yet acknowledged")
    /// What a handover handed over, in counts.
    static func handedOver(_ s: HandoverSnapshot) -> Phrase {
        Phrase("超期\(s.overdue.count) 下一班到期\(s.dueNextShift.count) 哨令\(s.openWhistles.count) 在场力量\(s.unitsOut.count)",
               "overdue \(s.overdue.count), due next shift \(s.dueNextShift.count), whistles \(s.openWhistles.count), units out \(s.unitsOut.count)")
    }
    static let takenIn = Phrase("受理", "taken in")
    /// Cases the street found itself (patrol, walk-in): counted apart from the three rates.
    static let proactive = Phrase("主动发现", "proactive")
    static let resolved = Phrase("办结", "resolved")
    static let closed = Phrase("结案", "closed")
    static let overdueCases = Phrase("超期工单", "overdue cases")
    static let dueSoonCases = Phrase("临期工单", "due soon cases")
    /// Whistles whose departments have not reported in by (or near) the deadline: with the cases,
    /// what the header's counts add up.
    static let overdueWhistles = Phrase("超期哨令", "overdue whistles")
    static let dueSoonWhistles = Phrase("临期哨令", "due soon whistles")
    static let urged = Phrase("督办", "urged")
    static let returned = Phrase("退单", "returned")
    static let merged = Phrase("并单", "merged")
    static let whistles = Phrase("吹哨", "whistles")
    static let refusals = Phrase("拒不履职", "refusals")
    static let dispatches = Phrase("联合执法", "dispatches")
    static let concluded = Phrase("执法已结", "concluded")
    static let selectAUnit = Phrase("先用 j/k 选中一支力量，再按 n", "select a unit's row (j/k), then n")
    static func unitAlreadyCleared(_ unit: String) -> Phrase { Phrase("\(unit) 已撤离", "\(unit) has cleared") }
    static func more(_ n: Int) -> Phrase { Phrase("… 另有 \(n) 件", "… \(n) more") }
    static func tileOpen(_ n: Int) -> Phrase { Phrase("\(n)件", "\(n)") }
    static func tileOverdue(_ n: Int) -> Phrase { Phrase(" 超\(n)", " late \(n)") }
    static func tileDueSoon(_ n: Int) -> Phrase { Phrase(" 临\(n)", " soon \(n)") }
    static func complaintsFooter(open: Int, overdue: Int, dueSoon: Int) -> Phrase {
        Phrase("在办 \(open)   超期 \(overdue)   临期 \(dueSoon)", "open \(open)   overdue \(overdue)   due soon \(dueSoon)")
    }
    static let periodLastSevenDays = Phrase("近7天", "last 7 days")
    static let periodToday = Phrase("今日", "today")
    static let periodThisWeek = Phrase("本周", "this week")
    static let periodThisMonth = Phrase("本月", "this month")
    static let weeksTrend = Phrase("近7天走势", "7-day trend")
    static let intakeByHour = Phrase("每小时受理", "intake/hour")
    static func peakHour(_ hour: Int, _ count: Int) -> Phrase { Phrase("峰值 \(hour)时 \(count)件", "peak \(hour)h: \(count)") }
    static let weeksHotspots = Phrase("热点 近7天（±比前7天）", "hotspots 7d (± prior 7d)")
    static let noHotspots = Phrase("无重复诉求", "nothing repeated")
    static func todayFooter(attention: Int, overdue: Int) -> Phrase {
        Phrase("需关注工单 \(attention) 件（超期 \(overdue)，临期 \(attention - overdue)）   Enter 打开工单，可督办",
               "cases needing attention \(attention) (overdue \(overdue), due soon \(attention - overdue))   Enter opens the case")
    }
    static func whistlesFooter(open: Int, pending: Int, late: Int, refused: Int) -> Phrase {
        Phrase("在办哨令 \(open)   待报到 \(pending)   迟报 \(late)   拒绝 \(refused)（第四十四条）",
               "open \(open)   pending \(pending)   late \(late)   refused \(refused) (Art 44)")
    }
    static func departmentsFooter(period: String, weights: String, refused: Int) -> Phrase {
        Phrase("\(period)   综合权重 \(weights)   评价 均分×次数   拒不履职 \(refused) 起（第四十四条）",
               "\(period)   weights \(weights)   Art45 mean×count   refusals \(refused) (Art 44)")
    }
    static func mapFooter(grids: Int, open: Int) -> Phrase { Phrase("网格 \(grids)   在办 \(open)", "grids \(grids)   open \(open)") }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    static let all: [Phrase] = [
        respondClock, resolveClock, caseNumber, receivedColumn, typeColumn, categoryColumn, grid, stateColumn,
        dueColumn, summaryColumn, noOpenCases, noMatch, byDeadline, byAge, byGrid, byDepartment, ungrouped,
        groupedByDepartment, groupedByCommunity, groupedByUrgency, groupColumn, notRouted, streetTotal, hotlineRates("80%", "50%", "50%", differing: ["C0371"]), department, kindColumn, openColumn, scoreColumn,
        onTimeColumn, lateColumn, refusedColumn, ratingColumn, refusalsHeading, number, plannedColumn, placeColumn,
        leadColumn, matterColumn, concludedTodayRule, noDispatches, since, openCount, concludedTodayCount, laneHeading,
        leadLabel, noGridMatchesTheFilter, overdue, dueSoon, onTrack, noneOpen, shadeByCount, responseShort, solvedShort,
        satisfiedShort, lastSevenDays, community, workerInline, servicesShort, supervisesInline, worker, services,
        supervises, rates, nothingOpenHere, today, urgedColumn, limitColumn, lastActionColumn, nothingOverdueOrDueSoon, noHandoverYet, handover,
        response, resolution, satisfaction, composite, whistleTypeColumn, matterKindColumn, blownColumn, caseColumn,
        matterInBriefColumn, noOpenWhistles, whistleClosed, reporter, doneAt, refusedArt44, onTimeAt, lateBy,
        lateAt, timeLeft,
        responseColumn, resolutionColumn, satisfactionColumn, responseRateColumn, resolutionRateColumn, satisfactionRateColumn,
        acknowledged, awaitingAcknowledgement,
        handedOver(HandoverSnapshot(handover: "H0003", at: Date(), overdue: Listing(count: 3, first: []), dueNextShift: Listing(count: 5, first: []),
                                    openWhistles: Listing(count: 2, first: []), unitsOut: Listing(count: 1, first: []))),
        takenIn, proactive, resolved, closed, overdueCases, dueSoonCases, overdueWhistles, dueSoonWhistles,
        urged, returned, merged, whistles, refusals, dispatches, concluded,
        selectAUnit, unitAlreadyCleared("示范街派出所"), more(3), tileOpen(4), tileOverdue(2), tileDueSoon(1), complaintsFooter(open: 80, overdue: 30, dueSoon: 4),
        byBlown, byWhistleType, byCreated, byPlanned, byLead, byProfile, byComposite, byResolution, byOpen, periodLastSevenDays, periodToday, periodThisWeek, periodThisMonth, weeksTrend, intakeByHour, peakHour(14, 9), weeksHotspots, noHotspots,
        todayFooter(attention: 34, overdue: 30), whistlesFooter(open: 5, pending: 2, late: 1, refused: 1),
        departmentsFooter(period: "近7天", weights: "10/45/45", refused: 2), mapFooter(grids: 12, open: 80),
    ]
}
