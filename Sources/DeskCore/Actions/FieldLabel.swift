/// The names of the fields that the rules and the argument readers speak of, shared with the
/// action catalog so that a form's field and an error about it use the same words.
public enum FieldLabel {
    public static let grid = Phrase("网格", "grid")
    public static let category = Phrase("类别", "category")
    public static let caseID = Phrase("工单", "case")
    public static let finding = Phrase("巡查发现", "patrol finding")
    public static let department = Phrase("部门", "department")
    public static let note = Phrase("备注", "note")
    public static let reason = Phrase("理由", "reason")
    public static let rule = Phrase("依据", "rule")
    public static let phone = Phrase("电话", "phone")
    public static let place = Phrase("地点", "place")
    public static let score = Phrase("评分(1-5)", "score (1-5)")
    public static let successor = Phrase("接班人", "to")
    public static let requestSummary = Phrase("诉求内容", "summary")
    public static let matterSummary = Phrase("事项", "summary")
    public static let findingSummary = Phrase("情况", "summary")
    public static let enforcementFindings = Phrase("情况", "findings")
    /// The item an action acts on, when its kind is not known (`route` with no case id).
    public static let id = Phrase("编号", "id")
    public static let option = Phrase("选项", "option")
    public static let argument = Phrase("参数", "argument")
    public static let action = Phrase("动作", "action")
    public static let date = Phrase("日期", "date")
    public static let asOf = Phrase("时刻", "as-of")
    public static let orderNumber = Phrase("工单编号", "order number")
    public static let serviceRequestID = Phrase("服务请求编号", "service_request_id")
    public static let serviceCode = Phrase("服务代码", "service_code")
    public static let theme = Phrase("主题", "theme")

    /// Every label, for the language tests.
    public static let all = [grid, category, caseID, finding, department, note, reason, rule, phone, place, score, successor, requestSummary,
                             matterSummary, findingSummary, enforcementFindings, id, option, argument, action, date, asOf, orderNumber,
                             serviceRequestID, serviceCode, theme]
}
