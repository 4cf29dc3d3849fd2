/// Short constructors so that the catalog reads like a table.
extension ActionSpec.Parameter {
    static func field(_ name: String, _ label: Phrase, _ kind: Kind,
                      required: Bool = false, repeats: Bool = false) -> Self {
        Self(name: name, label: label, kind: kind, required: required, repeats: repeats)
    }

    static func choice<T: CaseIterable & RawRepresentable & Labelled>(
        _ name: String, _ label: Phrase, _: T.Type, required: Bool = false
    ) -> Self where T.RawValue == String {
        field(name, label, .choice(ActionSpec.Choice.all(of: T.self)), required: required)
    }

    static func note(required: Bool = false) -> Self { field("note", FieldLabel.note, .longText, required: required) }
    static func reason(required: Bool = false) -> Self { field("reason", FieldLabel.reason, .longText, required: required) }
    static func department(required: Bool = true, repeats: Bool = false) -> Self {
        field("department", FieldLabel.department, .department, required: required, repeats: repeats)
    }
}

extension ActionSpec.Choice {
    /// Every value of a labelled enum, in its order.
    static func all<T: CaseIterable & RawRepresentable & Labelled>(of _: T.Type) -> [Self] where T.RawValue == String {
        T.allCases.map { Self(value: $0.rawValue, label: $0.label) }
    }
}

/// yes / no for the call-back's "solved?"
public enum Solved: String, CaseIterable, Labelled {
    case yes, no

    public init(_ solved: Bool) { self = solved ? .yes : .no }

    public var label: Phrase { self == .yes ? Phrase("已解决", "solved") : Phrase("未解决", "not solved") }
}

/// Whether the hotline centre's call-back found the complainant was responded to.
public enum Responded: String, CaseIterable, Labelled {
    case yes, no

    public init(_ responded: Bool) { self = responded ? .yes : .no }

    public var label: Phrase { self == .yes ? Phrase("已响应", "responded") : Phrase("未响应", "not responded") }
}

/// How a case is concluded: solved, or found unsolvable with the reason given (不能解决).
enum Resolution: String, CaseIterable, Labelled {
    case solved, unsolvable
    var label: Phrase { self == .solved ? Phrase("已解决", "solved") : Phrase("不能解决（须说明理由）", "cannot be solved (give the reason)") }
}
