/// Short constructors so that the catalog reads like a table.
extension ActionSpec.Parameter {
    static func field(_ name: String, _ zh: String, _ en: String, _ kind: Kind,
                      required: Bool = false, repeats: Bool = false) -> Self {
        Self(name: name, label: Phrase(zh, en), kind: kind, required: required, repeats: repeats)
    }

    static func choice<T: CaseIterable & RawRepresentable & Labelled>(
        _ name: String, _ zh: String, _ en: String, _: T.Type, required: Bool = false
    ) -> Self where T.RawValue == String {
        field(name, zh, en, .choice(T.allCases.map { ActionSpec.Choice(value: $0.rawValue, label: $0.label) }),
              required: required)
    }

    static func note(required: Bool = false) -> Self { field("note", "备注", "note", .longText, required: required) }
    static func reason(required: Bool = false) -> Self { field("reason", "理由", "reason", .longText, required: required) }
    static func department(required: Bool = true, repeats: Bool = false) -> Self {
        field("department", "部门", "department", .department, required: required, repeats: repeats)
    }
}

/// yes / no for the call-back's "solved?"
enum Solved: String, CaseIterable, Labelled {
    case yes, no
    var label: Phrase { self == .yes ? Phrase("已解决", "solved") : Phrase("未解决", "not solved") }
}

/// How a case is concluded: solved, or found unsolvable with the reason given (不能解决).
enum Resolution: String, CaseIterable, Labelled {
    case solved, unsolvable
    var label: Phrase { self == .solved ? Phrase("已解决", "solved") : Phrase("不能解决（须说明理由）", "cannot be solved (give the reason)") }
}
