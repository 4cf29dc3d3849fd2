/// 街乡吹哨、部门报到 actions (Art 5, 44).
extension ActionCatalog {
    static let whistleActions: [ActionSpec] = [
        spec("whistle", "吹哨", "blow the whistle", [
            .field("case", FieldLabel.caseID, .caseID),
            .choice("type", Phrase("哨型", "type"), WhistleType.self, required: true),
            .department(repeats: true),
            .choice("matter", Phrase("事项类别", "matter"), MatterKind.self),
            .field("finding", FieldLabel.finding, .findingID),
            .field("grid", FieldLabel.grid, .grid),
            .field("summary", FieldLabel.matterSummary, .longText),
        ]) { a throws(DeskError) in
            .whistle(.init(
                type: try a.requiredChoice("type", WhistleType.self), departments: a.departmentIDs("department"),
                caseID: a.id("case"), finding: a.id("finding"), matter: try a.choice("matter", MatterKind.self),
                grid: try a.gridCode("grid"), summary: a.text("summary")))
        },
        summonsStep("report-in", "部门报到", "report in", .reportedIn,
                    .field("person", Phrase("报到人", "who came"), .text), note: "person"),
        summonsStep("act", "开始处置", "start acting", .acting, .note(), note: "note"),
        summonsStep("finish", "部门完成", "department done", .done, .note(), note: "note"),
        summonsStep("refuse", "拒不履职", "record a refusal (Art 44)", .refused, .reason(required: true), note: "reason")
            .confirmed(Phrase("拒不履职将报区政府并计入该部门年度考核（第四十四条）。确认记录？y 确认 · 其他键返回",
                              "A refusal is reported to the district and counts in the department's annual review (Art 44). Record it? y records, any other key goes back")),
        spec("urge-summons", "督办部门", "urge a department late to report in", on: .whistle, [.department(), .note()]) { a throws(DeskError) in
            .urgeSummons(try a.subjectID(), department: DepartmentID(try a.required("department")), note: a.string("note"))
        },
        spec("withdraw-refusal", "更正拒不履职记录", "withdraw a refusal recorded by mistake", on: .whistle,
             [.department(), .reason(required: true)]) { a throws(DeskError) in
            .withdrawRefusal(try a.subjectID(), department: DepartmentID(try a.required("department")), reason: a.string("reason"))
        },
        spec("close-whistle", "销哨", "close the whistle", on: .whistle, [.note()]) { a throws(DeskError) in
            .closeWhistle(try a.subjectID(), note: a.string("note"))
        },
    ]

    private static func summonsStep(_ name: String, _ zh: String, _ en: String, _ state: SummonsState,
                                    _ extra: ActionSpec.Parameter, note: String) -> ActionSpec {
        spec(name, zh, en, on: .whistle, [.department(), extra]) { a throws(DeskError) in
            .summons(try a.subjectID(), department: DepartmentID(try a.required("department")), to: state,
                     note: a.string(note))
        }
    }
}
