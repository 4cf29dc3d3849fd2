import Foundation

/// Why a command was refused. Nothing is written when a command fails; the message says
/// what is wrong in both languages and, where the law decides it, cites the article.
public enum DeskError: Error, Equatable, Sendable, CustomStringConvertible {
    case noStreet
    case streetAlreadyConfigured
    case badGridCode(String)
    case unknownGrid(String)
    case unknownCategory(String)
    case unknownDepartment(String)
    case unknownCase(String)
    case unknownWhistle(String)
    case unknownDispatch(String)
    case unknownFinding(String)
    /// The field by its label, as the form and the catalog name it.
    case missing(field: Phrase)
    case invalidValue(field: Phrase, value: String, expected: ExpectedValue)
    /// Well formed but beyond what the desk takes (`allowed` says what it takes, e.g. `2000-01-01 – 2036-11-25`).
    case outOfRange(field: Phrase, value: String, allowed: String)
    /// The operator's name is empty, longer than `OperatorName.maximumLength` or holds control characters.
    case badOperatorName
    case caseNotOpen(CaseID, CaseStatus)
    case closeWithoutFeedback(CaseID)
    case closeBeforeRouting(CaseID)
    case duplicatesUnanswered(CaseID, [CaseID])
    case closeBeforeResolution(CaseID)
    case returnNotFromHotline(CaseID, CaseSource)
    case requestPending(CaseID, Phrase)
    case noPendingRequest(CaseID)
    case extendBeforeRouting(CaseID)
    case extensionsUsedUp(CaseID, most: Int)
    /// The span asked for and the profile's longest, as typed (`30d`, `15d`).
    case extensionTooLong(String, longest: String)
    case noLateDepartment(WhistleID)
    case notLate(WhistleID, DepartmentID)
    case noDepartmentFor(WhistleID, SummonsState)
    case allUnitsCleared(DispatchID)
    case tooLong(field: Phrase, longest: Int)
    case handoverToSelf(String)
    case sameCategory(CaseID)
    case noRefusalOn(WhistleID)
    case noRefusal(WhistleID, DepartmentID)
    case noHandover
    case handoverAcknowledged(HandoverID)
    case handoverNotYours(HandoverID, to: String)
    case notOnStaff(String)
    case callbackWithoutFeedback(CaseID)
    case resolveBeforeRouting(CaseID)
    case alreadyResolved(CaseID)
    case routeDepartments(TriageOutcome, given: Int)
    /// The deadline as the street reads it (`11-27 14:00`, street time).
    case returnPastDeadline(CaseID, String)
    case extensionPastDeadline(CaseID, String)
    case mergeIntoItself(CaseID)
    case mergeTarget(CaseID, CaseStatus)
    case reopenNeedsUnsolvedCallback(CaseID)
    case noPhone(CaseID)
    case duplicateDepartment(String)
    case notSummoned(WhistleID, DepartmentID)
    case summonsStep(WhistleID, DepartmentID, from: SummonsState, to: SummonsState)
    case whistleClosed(WhistleID)
    case whistleMatterNotDone(WhistleID, pending: [DepartmentID], caseOpen: CaseID?)
    case dispatchConcluded(DispatchID)
    case notOnDispatch(DispatchID, DepartmentID)
    case unitStatusBackwards(DispatchID, DepartmentID, from: UnitStatus, to: UnitStatus)
    case unitsStillOut(DispatchID, [DepartmentID])
    case findingAlreadyCase(FindingID, CaseID)
    case notUtility(DepartmentID)
    case supervisorOnly(String)
    /// The hotline centre calls back on its own orders only.
    case evaluationNotFromHotline(CaseID, CaseSource)
    /// An order whose respond-by falls after its resolve-by, by its number.
    case orderClocks(String)
    case unknownTheme(String)
    /// The profile lists no themes to tag with.
    case noThemes
    case alreadyTagged(CaseID, ThemeID)
    /// Not tagged with that theme (nil: with any).
    case notTagged(CaseID, ThemeID?)

    public var description: String { message(.en) }

    /// The message; departments by their names when the street is given, by their ids otherwise.
    public func message(_ language: Language, naming street: Street? = nil) -> String { phrase(naming: street)(language) }

    /// The message in both languages.
    public func phrase(naming street: Street?) -> Phrase {
        phrase(naming: { street?.departmentName($0) ?? $0.raw }, themes: { street?.themeName($0) ?? $0.raw })
    }

    private func phrase(naming name: (DepartmentID) -> String, themes theme: (ThemeID) -> String) -> Phrase {
        func list(_ ids: [DepartmentID]) -> Phrase { Phrase(ids.map(name).joined(separator: "、"), ids.map(name).joined(separator: ", ")) }
        return switch self {
        case .noStreet:
            Phrase("日志中还没有街道档案（先运行 streetdesk init）", "the journal has no street profile yet (run streetdesk init first)")
        case .streetAlreadyConfigured:
            Phrase("日志已有街道档案", "the journal already has a street profile")
        case .badGridCode(let code):
            Phrase("网格编码“\(code)”无效：应为15位数字（区6位+街道3位+社区3位+序号3位）",
                   "grid code '\(code)' is invalid: it must be 15 digits (district 6 + street 3 + community 3 + sequence 3)")
        case .unknownGrid(let code):
            Phrase("本街道没有网格 \(code)", "there is no grid \(code) in this street")
        case .unknownCategory(let id):
            Phrase("没有类别“\(id)”（streetdesk profile 列出全部类别）", "unknown category '\(id)' (streetdesk profile lists them)")
        case .unknownDepartment(let id):
            Phrase("没有部门“\(id)”（streetdesk profile 列出全部部门）", "unknown department '\(id)' (streetdesk profile lists them)")
        case .unknownCase(let id): Phrase("没有工单 \(id)", "no case \(id)")
        case .unknownWhistle(let id): Phrase("没有哨令 \(id)", "no whistle \(id)")
        case .unknownDispatch(let id): Phrase("没有调度 \(id)", "no dispatch \(id)")
        case .unknownFinding(let id): Phrase("没有巡查发现 \(id)", "no patrol finding \(id)")
        case .missing(let field): Phrase("缺少“\(field.zh)”", "\(field.en) is required")
        case .invalidValue(let field, let value, let expected):
            Phrase("“\(field.zh)”的值“\(value)”无效，应为：\(expected.phrase.zh)",
                   "'\(value)' is not a valid \(field.en): expected \(expected.phrase.en)")
        case .outOfRange(let field, let value, let allowed):
            Phrase("“\(field.zh)”的值“\(value)”超出范围：\(allowed)", "'\(value)' is out of range for \(field.en): \(allowed)")
        case .badOperatorName:
            Phrase("操作员姓名须为 1 到 \(OperatorName.maximumLength) 个字符，不含控制字符",
                   "the operator's name must be 1 to \(OperatorName.maximumLength) characters with no control characters")
        case .caseNotOpen(let id, let status):
            Phrase("工单 \(id) \(status.label.zh)，不能再办理", "case \(id) is \(status.label.en) and cannot be acted on")
        case .closeWithoutFeedback(let id):
            Phrase("工单 \(id) 尚未向诉求人反馈，不能结案（第十七条）",
                   "case \(id) cannot close: the complainant has had no feedback yet (Art 17)")
        case .duplicatesUnanswered(let id, let duplicates):
            Phrase("并入工单 \(id) 的 \(duplicates.map(\.raw).joined(separator: "、")) 的诉求人尚未收到反馈：请在 \(id) 上再反馈一次（第十七条）",
                   "the complainants of \(duplicates.map(\.raw).joined(separator: ", ")), merged into \(id), have had no feedback: give feedback on \(id) again (Art 17)")
        case .closeBeforeRouting(let id):
            Phrase("工单 \(id) 尚未分类处置，不能结案（第十七条）", "case \(id) cannot close: it was never triaged (Art 17)")
        case .closeBeforeResolution(let id):
            Phrase("工单 \(id) 尚未办结（或认定不能解决并说明理由），不能结案（第十七条）",
                   "case \(id) cannot close: it is neither resolved nor found unsolvable with a reason (Art 17)")
        case .returnNotFromHotline(let id, let source):
            Phrase("只有12345热线派来的工单才能退单；工单 \(id) 来源为\(source.label.zh)",
                   "only orders the 12345 hotline dispatched can be returned; case \(id) came from \(source.label.en)")
        case .requestPending(let id, let request):
            Phrase("工单 \(id) 已有待审批的\(request.zh)，请等带班领导审批", "case \(id) already has a \(request.en) awaiting a supervisor")
        case .noPendingRequest(let id):
            Phrase("工单 \(id) 没有待审批的退单或延期申请", "case \(id) has no return or extension request to decide")
        case .extendBeforeRouting(let id):
            Phrase("工单 \(id) 尚未分类处置，不能申请延期", "case \(id) has not been triaged, so it cannot be extended")
        case .extensionsUsedUp(let id, let most):
            Phrase("工单 \(id) 已延期 \(most) 次，达到档案规定的上限", "case \(id) has had \(most) extensions, the most the profile allows")
        case .extensionTooLong(let span, let longest):
            Phrase("单次延期最长 \(longest)（档案规定），申请了 \(span)", "one extension may be at most \(longest) (street profile); \(span) asked")
        case .noLateDepartment(let id):
            Phrase("哨令 \(id) 没有超时未报到的部门，无需督办", "whistle \(id) has no department late to report in")
        case .notLate(let id, let d):
            Phrase("\(name(d)) 在哨令 \(id) 上没有超时未报到", "\(name(d)) is not late to report in on whistle \(id)")
        case .noDepartmentFor(let id, let step):
            Phrase("哨令 \(id) 没有可以改为“\(step.label.zh)”的部门", "no department on whistle \(id) can become \(step.label.en)")
        case .noHandover: Phrase("还没有交接班记录", "there is no handover yet")
        case .handoverAcknowledged(let id): Phrase("交接 \(id) 已确认", "handover \(id) is already acknowledged")
        case .handoverNotYours(let id, let to):
            Phrase("交接 \(id) 是交给\(to)的，须由\(to)确认", "handover \(id) is to \(to); only \(to) can acknowledge it")
        case .noRefusalOn(let id): Phrase("哨令 \(id) 没有拒不履职记录", "whistle \(id) has no refusal recorded")
        case .sameCategory(let id): Phrase("工单 \(id) 已经是这个类别", "case \(id) is already in that category")
        case .noRefusal(let id, let d):
            Phrase("哨令 \(id) 上没有 \(name(d)) 的拒不履职记录可更正", "there is no refusal by \(name(d)) on whistle \(id) to correct")
        case .handoverToSelf(let name):
            Phrase("不能交接给自己（\(name)）：请选择接班人", "a handover goes to another officer, not to \(name) who signs it")
        case .notOnStaff(let name):
            Phrase("“\(name)”不在档案的值班人员名单中", "'\(name)' is not on the street profile's staff list")
        case .tooLong(let field, let longest):
            Phrase("“\(field.zh)”太长：最多 \(longest) 个字", "\(field.en) is too long: at most \(longest) characters")
        case .allUnitsCleared(let id):
            Phrase("调度 \(id) 的力量均已撤离，请填写执法结果", "every unit on dispatch \(id) has cleared; conclude it")
        case .callbackWithoutFeedback(let id):
            Phrase("工单 \(id) 尚未反馈，不能回访", "case \(id) has had no feedback yet, so there is nothing to call back on")
        case .resolveBeforeRouting(let id):
            Phrase("工单 \(id) 尚未分类处置（第十七条），不能办结", "case \(id) has not been triaged yet (Art 17), so it cannot be resolved")
        case .alreadyResolved(let id):
            Phrase("工单 \(id) 已办结", "case \(id) is already resolved")
        case .routeDepartments(let outcome, let given):
            switch outcome {
            case .transfer: Phrase("移送须指定且只指定一个部门（已给 \(given) 个）", "a transfer names exactly one department (\(given) given)")
            case .coordinate: Phrase("协调办理须指定至少两个部门（已给 \(given) 个）", "coordination needs at least two departments (\(given) given)")
            case .handle, .reportUp: Phrase("\(outcome.label.zh)不指定部门", "\(outcome.label.en) names no department")
            }
        case .returnPastDeadline(let id, let deadline):
            Phrase("工单 \(id) 已过退单时限（\(deadline)）", "case \(id) is past its return deadline (\(deadline))")
        case .extensionPastDeadline(let id, let deadline):
            Phrase("延期须在办结时限（\(deadline)）前申请，工单 \(id) 已超期",
                   "an extension must be asked before the deadline (\(deadline)); case \(id) is past it")
        case .mergeIntoItself(let id): Phrase("工单 \(id) 不能并入自身", "case \(id) cannot merge into itself")
        case .mergeTarget(let id, let status):
            Phrase("不能并入\(status.label.zh)的工单 \(id)", "cannot merge into case \(id): it is \(status.label.en)")
        case .reopenNeedsUnsolvedCallback(let id):
            Phrase("只有回访未解决的工单才能重办，工单 \(id) 不是", "only a case whose call-back found it unsolved can reopen; \(id) is not one")
        case .noPhone(let id): Phrase("工单 \(id) 没有登记电话", "case \(id) has no phone number")
        case .duplicateDepartment(let id):
            Phrase("部门“\(name(DepartmentID(id)))”重复", "department '\(name(DepartmentID(id)))' is named twice")
        case .notSummoned(let w, let d): Phrase("哨令 \(w) 没有召集\(name(d))", "whistle \(w) did not summon \(name(d))")
        case .summonsStep(let w, let d, let from, let to):
            Phrase("哨令 \(w) 的\(name(d))现为“\(from.label.zh)”，不能改为“\(to.label.zh)”",
                   "\(name(d)) on whistle \(w) is \(from.label.en) and cannot become \(to.label.en)")
        case .whistleClosed(let id): Phrase("哨令 \(id) 已关闭", "whistle \(id) is closed")
        case .whistleMatterNotDone(let id, let pending, let caseOpen):
            Phrase("事不完，人不撤：哨令 \(id) 的事项未完成（\(Self.pending(list(pending), caseOpen).zh)）（第五条）",
                   "a whistle closes only when its matter is done: \(id) still has \(Self.pending(list(pending), caseOpen).en) (Art 5)")
        case .dispatchConcluded(let id): Phrase("调度 \(id) 已结束", "dispatch \(id) is concluded")
        case .notOnDispatch(let id, let d): Phrase("调度 \(id) 没有\(name(d))", "\(name(d)) is not on dispatch \(id)")
        case .unitStatusBackwards(let id, let d, let from, let to):
            Phrase("调度 \(id) 的\(name(d))已是“\(from.label.zh)”，不能回到“\(to.label.zh)”",
                   "\(name(d)) on dispatch \(id) is already \(from.label.en) and cannot go back to \(to.label.en)")
        case .unitsStillOut(let id, let units):
            Phrase("调度 \(id) 尚有力量未撤离：\(list(units).zh)", "dispatch \(id) still has units out: \(list(units).en)")
        case .findingAlreadyCase(let f, let c): Phrase("巡查发现 \(f) 已立为工单 \(c)", "patrol finding \(f) is already case \(c)")
        case .supervisorOnly(let name):
            Phrase("督办、审批申请和查看完整电话须由带班领导操作；“\(name)”不在档案的带班领导名单中",
                   "urging, deciding requests and revealing a phone number are for a supervisor; '\(name)' is not a supervisor in the street profile")
        case .evaluationNotFromHotline(let id, let source):
            Phrase("热线中心只回访12345热线派来的工单；工单 \(id) 来源为\(source.label.zh)",
                   "the hotline centre calls back only on orders it dispatched; case \(id) came from \(source.label.en)")
        case .orderClocks(let number):
            Phrase("工单 \(number) 的响应时限晚于办结时限", "order \(number) must be responded to before its resolve-by, not after")
        case .unknownTheme(let id): Phrase("没有主题“\(id)”", "no theme '\(id)'")
        case .noThemes: Phrase("街道配置中没有列出主题", "the street profile lists no themes")
        case .alreadyTagged(let id, let t): Phrase("工单 \(id) 已标记主题“\(theme(t))”", "case \(id) is already tagged '\(theme(t))'")
        case .notTagged(let id, let t?): Phrase("工单 \(id) 没有主题“\(theme(t))”", "case \(id) is not tagged '\(theme(t))'")
        case .notTagged(let id, nil): Phrase("工单 \(id) 没有主题", "case \(id) has no theme")
        case .notUtility(let id):
            Phrase("\(name(id))不是水电气热通信企业（第四十五条）", "\(name(id)) is not a water, power, gas, heating or telecom company (Art 45)")
        }
    }

    private static func pending(_ departments: Phrase, _ caseOpen: CaseID?) -> Phrase {
        var parts = [Phrase]()
        if !departments.zh.isEmpty { parts.append(Phrase("未完成部门 \(departments.zh)", "departments not done: \(departments.en)")) }
        if let caseOpen { parts.append(Phrase("工单 \(caseOpen) 未办结", "case \(caseOpen) not resolved")) }
        return Phrase(parts.map(\.zh).joined(separator: "；"), parts.map(\.en).joined(separator: "; "))
    }
}
