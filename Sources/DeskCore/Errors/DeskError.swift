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
    case missing(field: String)
    case invalidValue(field: String, value: String, expected: String)
    /// Well formed but beyond what the desk takes (`allowed` says what it takes, e.g. `2000-01-01 – 2036-11-25`).
    case outOfRange(field: String, value: String, allowed: String)
    /// The operator's name is empty, longer than `OperatorName.maximumLength` or holds control characters.
    case badOperatorName
    case caseNotOpen(CaseID, CaseStatus)
    case closeWithoutFeedback(CaseID)
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

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let phrase = self.phrase
        return phrase(language)
    }

    private var phrase: Phrase {
        switch self {
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
        case .missing(let field): Phrase("缺少“\(field)”", "\(field) is required")
        case .invalidValue(let field, let value, let expected):
            Phrase("“\(field)”的值“\(value)”无效，应为：\(expected)", "'\(value)' is not a valid \(field): expected \(expected)")
        case .outOfRange(let field, let value, let allowed):
            Phrase("“\(field)”的值“\(value)”超出范围：\(allowed)", "'\(value)' is out of range for \(field): \(allowed)")
        case .badOperatorName:
            Phrase("操作员姓名须为 1 到 \(OperatorName.maximumLength) 个字符，不含控制字符",
                   "the operator's name must be 1 to \(OperatorName.maximumLength) characters with no control characters")
        case .caseNotOpen(let id, let status):
            Phrase("工单 \(id) \(status.label.zh)，不能再办理", "case \(id) is \(status.label.en) and cannot be acted on")
        case .closeWithoutFeedback(let id):
            Phrase("工单 \(id) 尚未向诉求人反馈，不能结案（第十七条）",
                   "case \(id) cannot close: the complainant has had no feedback yet (Art 17)")
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
        case .duplicateDepartment(let id): Phrase("部门“\(id)”重复", "department '\(id)' is named twice")
        case .notSummoned(let w, let d): Phrase("哨令 \(w) 没有召集 \(d)", "whistle \(w) did not summon \(d)")
        case .summonsStep(let w, let d, let from, let to):
            Phrase("哨令 \(w) 的 \(d) 现为“\(from.label.zh)”，不能改为“\(to.label.zh)”",
                   "\(d) on whistle \(w) is \(from.label.en) and cannot become \(to.label.en)")
        case .whistleClosed(let id): Phrase("哨令 \(id) 已关闭", "whistle \(id) is closed")
        case .whistleMatterNotDone(let id, let pending, let caseOpen):
            Phrase("事不完，人不撤：哨令 \(id) 的事项未完成（\(Self.pendingText(pending, caseOpen, .zh))）（第五条）",
                   "a whistle closes only when its matter is done: \(id) still has \(Self.pendingText(pending, caseOpen, .en)) (Art 5)")
        case .dispatchConcluded(let id): Phrase("调度 \(id) 已结束", "dispatch \(id) is concluded")
        case .notOnDispatch(let id, let d): Phrase("调度 \(id) 没有 \(d)", "\(d) is not on dispatch \(id)")
        case .unitStatusBackwards(let id, let d, let from, let to):
            Phrase("调度 \(id) 的 \(d) 已是“\(from.label.zh)”，不能回到“\(to.label.zh)”",
                   "\(d) on dispatch \(id) is already \(from.label.en) and cannot go back to \(to.label.en)")
        case .unitsStillOut(let id, let units):
            Phrase("调度 \(id) 尚有力量未撤离：\(Self.list(units))", "dispatch \(id) still has units out: \(Self.list(units))")
        case .findingAlreadyCase(let f, let c): Phrase("巡查发现 \(f) 已立为工单 \(c)", "patrol finding \(f) is already case \(c)")
        case .supervisorOnly(let name):
            Phrase("督办和查看完整电话须由带班领导操作；“\(name)”不在档案的带班领导名单中",
                   "urging and revealing a phone number are for a supervisor; '\(name)' is not a supervisor in the street profile")
        case .notUtility(let id):
            Phrase("\(id) 不是水电气热通信企业（第四十五条）", "\(id) is not a water, power, gas, heating or telecom company (Art 45)")
        }
    }

    private static func list(_ ids: [DepartmentID]) -> String { ids.map(\.raw).joined(separator: ", ") }

    private static func pendingText(_ pending: [DepartmentID], _ caseOpen: CaseID?, _ language: Language) -> String {
        var parts = [String]()
        if !pending.isEmpty { parts.append(language == .zh ? "未完成部门 \(list(pending))" : "departments not done: \(list(pending))") }
        if let caseOpen { parts.append(language == .zh ? "工单 \(caseOpen) 未办结" : "case \(caseOpen) not resolved") }
        return parts.joined(separator: language == .zh ? "；" : "; ")
    }
}
