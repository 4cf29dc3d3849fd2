import DeskCore

/// One journal entry in words, for timelines: what happened, in the desk's language, with the data as entered.
enum EventText {
    static func describe(_ event: DeskEvent, _ view: FrameContext) -> String {
        func names(_ ids: [DepartmentID]) -> String { ids.map(view.departmentName).joined(separator: "、") }
        func noted(_ label: String, _ note: String) -> String { note.isEmpty ? label : label + view.t("：", ": ") + note }
        switch event {
        case .streetConfigured(let p): return view.t("建立街道档案 \(p.street.name)", "street profile set: \(p.street.name)")
        case .caseTakenIn(let e): return view.t("受理 \(view.t(e.type)) · \(view.t(e.source))", "taken in: \(view.t(e.type)) via \(view.t(e.source))")
        case .caseRouted(let e):
            let to = e.departments.isEmpty ? "" : " → " + names(e.departments)
            return "\(view.t(e.outcome))\(to)（\(e.reason)）"
        case .caseContacted(let e): return noted(view.t("联系诉求人", "contacted"), e.note)
        case .caseProgressed(let e): return noted(view.t("进展", "progress"), e.note)
        case .caseResolved(let e): return noted(view.t("办结", "resolved"), e.note)
        case .caseFoundUnsolvable(let e): return noted(view.t("办结：不能解决", "concluded: cannot be solved"), e.note)
        case .caseFeedbackGiven(let e): return noted(view.t("反馈", "feedback"), e.note)
        case .caseCalledBack(let e):
            return noted(view.t("回访 ", "call-back ") + (e.solved ? view.t("已解决", "solved") : view.t("未解决", "not solved"))
                         + " · " + view.t(e.satisfaction), e.note)
        case .caseClosed(let e): return noted(view.t("结案", "closed"), e.note)
        case .caseReturned(let e): return view.t("退单：\(e.rule)", "returned: \(e.rule)")
        case .caseReturnRequested(let e): return noted(view.t("申请退单：\(e.rule)", "return asked: \(e.rule)"), e.reason)
        case .caseExtensionRequested(let e):
            return view.t("申请延期至 ", "extension asked to ") + ClockText.stamp(e.resolveBy, in: view.zone) + "（\(e.reason)）"
        case .caseRequestRejected(let e): return noted(view.t("申请被驳回", "request rejected"), e.note)
        case .caseUrged(let e): return noted(view.t("督办", "urged"), e.note)
        case .caseExtended(let e):
            return view.t("延期至 ", "extended to ") + ClockText.stamp(e.resolveBy, in: view.zone) + "（\(e.reason)）"
        case .caseMerged(let e): return view.t("\(e.duplicate) 并入 \(e.original)", "\(e.duplicate) merged into \(e.original)")
        case .caseReopened(let e): return view.t("重办：\(e.reason)", "reopened: \(e.reason)")
        case .phoneRevealed(let e): return noted(view.t("查看完整电话", "phone revealed"), e.note)
        case .whistleBlown(let e):
            return view.t("\(e.id) \(view.t(e.type))：召集 ", "\(e.id) \(view.t(e.type)): summoned ") + names(e.summons.map(\.department))
        case .summonsStep(let e): return noted("\(e.id) \(view.departmentName(e.department)) \(view.t(e.state))", e.note)
        case .summonsUrged(let e): return noted("\(e.id) " + view.t("督办 ", "urged ") + view.departmentName(e.department), e.note)
        case .whistleClosed(let e): return noted(view.t("\(e.id) 销哨", "\(e.id) closed"), e.note)
        case .dispatchCreated(let e):
            return view.t("\(e.id) 调度：牵头 ", "\(e.id) dispatched: lead ") + view.departmentName(e.lead)
                + (e.participants.isEmpty ? "" : " + " + names(e.participants))
        case .unitStatusChanged(let e): return "\(e.id) \(view.departmentName(e.department)) \(view.t(e.status))"
        case .dispatchConcluded(let e): return "\(e.id) \(view.t(e.outcome))：\(e.findings)"
        case .findingRecorded(let e): return view.t("巡查发现 \(e.id)：\(e.summary)", "patrol finding \(e.id): \(e.summary)")
        case .handoverSigned(let e): return view.t("交接班 → \(e.to)：\(e.note)", "handover → \(e.to): \(e.note)")
        case .utilityRated(let e): return view.t("评价 \(view.departmentName(e.department)) \(e.score) 分", "rated \(view.departmentName(e.department)) \(e.score)/5")
        }
    }
}
