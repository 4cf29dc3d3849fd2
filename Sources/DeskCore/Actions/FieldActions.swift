/// Joint enforcement (Art 11(3), 26), patrol (Art 24), handover, and utility ratings (Art 45).
extension ActionCatalog {
    static let fieldActions: [ActionSpec] = [
        spec("dispatch", "联合执法调度", "dispatch joint enforcement", [
            .field("lead", Phrase("牵头部门", "lead"), .department, required: true),
            .department(required: false, repeats: true),
            .field("place", FieldLabel.place, .text, required: true),
            .field("case", FieldLabel.caseID, .caseID),
            .field("finding", FieldLabel.finding, .findingID),
            .field("grid", FieldLabel.grid, .grid),
            .field("summary", FieldLabel.matterSummary, .longText),
            .field("at", Phrase("计划时间", "planned at"), .dateTime),
        ]) { a throws(DeskError) in
            .dispatch(.init(
                summary: a.text("summary"), caseID: a.id("case"), finding: a.id("finding"), grid: try a.gridCode("grid"),
                place: a.string("place"), lead: DepartmentID(try a.required("lead")),
                participants: a.departmentIDs("department"), plannedAt: try a.dateTime("at")))
        },
        spec("unit-status", "力量状态", "unit status", on: .dispatch, [
            .department(), .choice("status", Phrase("状态", "status"), UnitStatus.self, required: true),
        ]) { a throws(DeskError) in
            .unitStatus(try a.subjectID(), department: DepartmentID(try a.required("department")),
                        status: try a.requiredChoice("status", UnitStatus.self))
        },
        spec("conclude", "执法结果", "conclude the dispatch", on: .dispatch, [
            .choice("outcome", Phrase("结果", "outcome"), EnforcementOutcome.self, required: true),
            .field("findings", FieldLabel.enforcementFindings, .longText, required: true),
        ]) { a throws(DeskError) in
            .conclude(try a.subjectID(), outcome: try a.requiredChoice("outcome", EnforcementOutcome.self),
                      findings: a.string("findings"))
        },
        spec("patrol", "巡查发现", "record a patrol finding", [
            .field("grid", FieldLabel.grid, .grid, required: true),
            .choice("stage", Phrase("环节", "stage"), PatrolStage.self),
            .field("summary", FieldLabel.findingSummary, .longText, required: true),
            .field("category", FieldLabel.category, .category),
        ]) { a throws(DeskError) in
            .patrol(grid: try a.requiredGrid("grid"), stage: try a.choice("stage", PatrolStage.self) ?? .problem,
                    summary: a.string("summary"), category: a.text("category").map { CategoryID($0) })
        },
        spec("handover", "交接班", "sign the shift handover", [
            .field("to", FieldLabel.successor, .staffMember, required: true), .note(required: true),
        ]) { a throws(DeskError) in
            .handover(note: a.string("note"), to: a.string("to"))
        },
        spec("acknowledge", "确认接班", "acknowledge the handover", []) { _ throws(DeskError) in .acknowledge },
        spec("rate-utility", "公共服务评价", "rate a utility (Art 45)", [
            .department(), .field("score", FieldLabel.score, .score, required: true),
            .choice("rater", Phrase("评价人", "rater"), RaterKind.self), .note(),
        ]) { a throws(DeskError) in
            .rateUtility(DepartmentID(try a.required("department")), score: try a.integer("score"),
                         rater: try a.choice("rater", RaterKind.self) ?? .resident, note: a.string("note"))
        },
    ]
}
