/// 接诉即办 actions (Art 17): 接 → 派 → 办 → 评, and around it.
extension ActionCatalog {
    static let caseActions: [ActionSpec] = [
        spec("intake", "受理诉求", "take in a request", [
            .choice("type", Phrase("诉求类型", "type"), RequestType.self, required: true),
            .field("category", FieldLabel.category, .category, required: true),
            .field("grid", FieldLabel.grid, .grid),
            .field("summary", FieldLabel.requestSummary, .longText, required: true),
            .choice("source", Phrase("来源", "source"), CaseSource.self),
            .field("phone", FieldLabel.phone, .phone),
            .field("address", Phrase("地址", "address"), .text),
            .choice("urgency", Phrase("时限类别", "urgency"), TimeLimitClass.self),
            .field("finding", FieldLabel.finding, .findingID),
        ]) { a throws(DeskError) in
            .intake(.init(
                type: try a.requiredChoice("type", RequestType.self), source: try a.choice("source", CaseSource.self) ?? .hotline,
                category: CategoryID(try a.required("category")), grid: try a.gridCode("grid"), summary: a.string("summary"),
                phone: a.text("phone"), address: a.text("address"), urgency: try a.choice("urgency", TimeLimitClass.self),
                finding: a.id("finding")))
        },
        spec("route", "分类处置", "triage (Art 17)", on: .case, [
            .choice("outcome", Phrase("处置方式", "outcome"), TriageOutcome.self, required: true),
            .department(required: false, repeats: true), .reason(),
        ]) { a throws(DeskError) in
            .route(try a.subjectID(), outcome: try a.requiredChoice("outcome", TriageOutcome.self),
                   departments: a.departmentIDs("department"), reason: a.text("reason"))
        },
        spec("contact", "联系诉求人", "contact the complainant", on: .case, [.note()]) { a throws(DeskError) in
            .contact(try a.subjectID(), note: a.string("note"))
        },
        spec("progress", "办理进展", "progress note", on: .case, [.note(required: true)]) { a throws(DeskError) in
            .progress(try a.subjectID(), note: a.string("note"))
        },
        spec("resolve", "办结", "resolve", on: .case, [
            .choice("outcome", Phrase("办结结果", "outcome"), Resolution.self),
            .field("note", Phrase("说明（不能解决时必填理由）", "note (the reason, when it cannot be solved)"), .longText),
        ]) { a throws(DeskError) in
            try a.choice("outcome", Resolution.self) == .unsolvable
                ? .findUnsolvable(try a.subjectID(), reason: a.string("note"))
                : .resolve(try a.subjectID(), note: a.string("note"))
        },
        spec("feedback", "反馈诉求人", "feedback to the complainant", on: .case, [.note(required: true)]) { a throws(DeskError) in
            .feedback(try a.subjectID(), note: a.string("note"))
        },
        spec("callback", "回访", "call-back", on: .case, [
            .choice("solved", Phrase("是否解决", "solved"), Solved.self, required: true),
            .choice("satisfaction", Phrase("满意度", "satisfaction"), Satisfaction.self, required: true), .note(),
        ]) { a throws(DeskError) in
            .callback(try a.subjectID(), solved: try a.yesNo("solved"),
                      satisfaction: try a.requiredChoice("satisfaction", Satisfaction.self), note: a.string("note"))
        },
        spec("evaluation", "热线回访结果", "the hotline centre's call-back", on: .case, [
            .choice("responded", Phrase("是否响应", "responded"), Responded.self, required: true),
            .choice("solved", Phrase("是否解决", "solved"), Solved.self, required: true),
            .choice("satisfaction", Phrase("满意度", "satisfaction"), Satisfaction.self, required: true),
        ]) { a throws(DeskError) in
            .evaluate(try a.subjectID(), responded: try a.requiredChoice("responded", Responded.self) == .yes,
                      solved: try a.requiredChoice("solved", Solved.self) == .yes,
                      satisfaction: try a.requiredChoice("satisfaction", Satisfaction.self))
        },
        spec("close", "结案", "close", on: .case, [.note()]) { a throws(DeskError) in
            .close(try a.subjectID(), note: a.string("note"))
        },
        spec("return", "申请退单", "ask to return a misdirected order", on: .case, [
            .field("rule", FieldLabel.rule, .longText, required: true), .reason(),
        ]) { a throws(DeskError) in
            .returnCase(try a.subjectID(), rule: a.string("rule"), reason: a.string("reason"))
        },
        spec("urge", "督办", "urge", on: .case, [.note()]) { a throws(DeskError) in
            .urge(try a.subjectID(), note: a.string("note"))
        },
        spec("extend", "申请延期", "ask to extend the deadline", on: .case, [
            .field("by", Phrase("延长", "by"), .timeSpan, required: true), .reason(required: true),
        ]) { a throws(DeskError) in
            .extend(try a.subjectID(), by: try a.timeSpan("by"), reason: a.string("reason"))
        },
        spec("approve", "批准申请", "approve the return or extension request", on: .case, []) { a throws(DeskError) in
            .approve(try a.subjectID())
        },
        spec("reject", "驳回申请", "reject the return or extension request", on: .case, [.reason(required: true)]) { a throws(DeskError) in
            .reject(try a.subjectID(), reason: a.string("reason"))
        },
        spec("merge", "并单", "merge a duplicate", on: .case, [
            .field("into", Phrase("并入", "into"), .caseID, required: true),
        ]) { a throws(DeskError) in
            .merge(try a.subjectID(), into: a.id("into") ?? "")
        },
        spec("reopen", "重办", "reopen", on: .case, [.reason(required: true)]) { a throws(DeskError) in
            .reopen(try a.subjectID(), reason: a.string("reason"))
        },
        spec("recategorize", "更正类别", "correct the category", on: .case, [
            .field("category", FieldLabel.category, .category, required: true), .reason(required: true),
        ]) { a throws(DeskError) in
            .recategorize(try a.subjectID(), category: CategoryID(try a.required("category")), reason: a.string("reason"))
        },
        spec("reveal-phone", "查看完整电话", "reveal the phone number", on: .case, [.reason(required: true)]) { a throws(DeskError) in
            .revealPhone(try a.subjectID(), reason: a.string("reason"))
        },
    ]
}
