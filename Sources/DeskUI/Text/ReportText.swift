import DeskCore

/// The words of `streetdesk report` and `streetdesk hotspots`: column titles, row names, notices.
public enum ReportText {
    public static let streetRow = Phrase("全街道", "Street")
    public static let takenIn = Phrase("受理", "In")
    public static let proactive = Phrase("主动", "Proact")
    public static let resolved = Phrase("办结", "Resolved")
    public static let closed = Phrase("结案", "Closed")
    public static let overdue = Phrase("逾期", "Overdue")
    public static let response = Phrase("响应率", "Response")
    public static let resolution = Phrase("解决率", "Resolution")
    public static let satisfaction = Phrase("满意率", "Satisfaction")
    public static let composite = Phrase("综合", "Score")
    public static let whistles = Phrase("哨令 按时/迟/拒", "Whistles ok/late/refused")
    public static let rating = Phrase("评价", "Art 45")
    public static let due = Phrase("应响应", "Due")
    public static let respondedOnTime = Phrase("按时响应", "Responded on time")
    public static let calledBack = Phrase("回访", "Called back")
    public static let solved = Phrase("解决", "Solved")
    public static let satisfied = Phrase("满意", "Satisfied")
    public static let summoned = Phrase("召集", "Summoned")
    public static let reportedOnTime = Phrase("按时报到", "Reported on time")
    public static let reportedLate = Phrase("迟到", "Late")
    public static let refused = Phrase("拒绝", "Refused")
    public static let ratingMean = Phrase("评价均分", "Rating mean")
    public static let ratingCount = Phrase("评价数", "Ratings")
    public static let scope = Phrase("范围", "Scope")
    public static let period = Phrase("期间", "Period")
    public static let previous = Phrase("上期", "previous")
    public static let change = Phrase("变化", "change")
    public static let ratesInPoints = Phrase("率的变化以百分点计", "rates change in percentage points")
    public static let overdueMeans = Phrase("逾期：应响应而未按时响应的诉求", "Overdue: requests not contacted by their respond-by deadline")
    /// Under a report by theme: why its rows need not add up to the street's.
    public static let tagsOverlap = Phrase("一件工单计入其每个主题，未标记主题的不计入任何主题，各主题之和不等于全街道",
                                           "A case counts under each of its themes and an untagged case under none: the themes need not add up to the street")
    public static let officialCalledBack = Phrase("热线回访", "hotline called back")
    public static let officialResponse = Phrase("热线响应率", "hotline response")
    public static let officialResolution = Phrase("热线解决率", "hotline resolution")
    public static let officialSatisfaction = Phrase("热线满意率", "hotline satisfaction")
    public static func disagreements(_ n: Int) -> Phrase {
        Phrase("热线回访与本街道统计不一致 \(n) 件", "Hotline call-backs that differ from the street's own figures: \(n)")
    }
    public static func refusals(_ n: Int) -> Phrase { Phrase("拒不履职（第四十四条）\(n) 起", "Refusals (Art 44): \(n)") }
    public static func slicedBy(_ slice: Phrase) -> Phrase { Phrase("按\(slice.zh)", "by \(slice.en)") }
    public static func inTheFuture(_ period: String) -> Phrase {
        Phrase("\(period) 尚未到来，没有数字", "\(period) has not begun yet: there are no figures")
    }
    public static func beforeTheJournal(_ period: String, begins: String) -> Phrase {
        Phrase("\(period) 早于本日志的开始（\(begins)），没有数字", "\(period) is before this journal begins (\(begins)): there are no figures")
    }
    public static let sliceField = Phrase("切分", "slice (--by)")
    public static let formatField = Phrase("格式", "format")
    public static let figureField = Phrase("数字", "figure")
    public static let compareField = Phrase("对比", "compare")
    public static let monthField = Phrase("月份", "month")
    public static let weekField = Phrase("周", "week")
    public static let oneOfThePeriods = Phrase("期间只能用 --date、--month、--week、--from 与 --to 之一",
                                               "give one period: --date, --month, --week, or --from with --to")
    public static func endsBeforeItBegins(_ from: String, _ to: String) -> Phrase {
        Phrase("期间的末日 \(to) 早于首日 \(from)", "the period ends (\(to)) before it begins (\(from))")
    }
    public static func hotspotsTitle(_ street: String, _ from: String, _ to: String) -> Phrase {
        Phrase("\(street) · 热点 · \(from) – \(to)（与之前同样长的时段比较）", "\(street) · hotspots · \(from) – \(to) (against the period as long before it)")
    }
    public static let clustersHeading = Phrase("同类聚集", "Clusters of one category")
    public static let callersHeading = Phrase("重复来电", "Repeat callers")
    public static let addressesHeading = Phrase("重复地址", "Repeat addresses")
    public static let noneRepeated = Phrase("  （没有重复）", "  (nothing repeated)")
    public static func hotspotCounts(_ count: Int, before: Int) -> Phrase {
        Phrase("\(count) 件（之前 \(before)，\(String(format: "%+d", count - before))）", "\(count) cases (before \(before), \(String(format: "%+d", count - before)))")
    }
    public static let sinceField = Phrase("时段", "since")
    public static func noCases(_ figure: String) -> Phrase { Phrase("\(figure)：没有工单", "\(figure): no cases") }

    public static let all: [Phrase] = [
        streetRow, takenIn, proactive, resolved, closed, overdue, response, resolution, satisfaction, composite, whistles,
        rating, due, respondedOnTime, calledBack, solved, satisfied, summoned, reportedOnTime, reportedLate, refused,
        ratingMean, ratingCount, scope, period, previous, change, ratesInPoints, overdueMeans, tagsOverlap, officialCalledBack, officialResponse, officialResolution,
        officialSatisfaction, disagreements(1), refusals(2),
        slicedBy(Phrase("社区", "community")), inTheFuture("2026-12"), beforeTheJournal("2020-01", begins: "2026-11-20"),
        sliceField, formatField, figureField, compareField, monthField, weekField, oneOfThePeriods,
        endsBeforeItBegins("2026-11-30", "2026-11-01"), hotspotsTitle("示范街道", "11-01", "11-30"), clustersHeading, callersHeading,
        addressesHeading, noneRepeated, hotspotCounts(4, before: 1), sinceField, noCases("逾期"),
    ]

}
