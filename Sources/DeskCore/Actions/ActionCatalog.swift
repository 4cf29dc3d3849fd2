/// The desk's whole vocabulary: every action by its palette and CLI name.
public enum ActionCatalog {
    public static let all: [ActionSpec] = caseActions + themeActions + whistleActions + fieldActions

    public static func named(_ name: String) -> ActionSpec? { index[name] }

    private static let index = Dictionary(all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    static func spec(_ name: String, _ zh: String, _ en: String, on subject: ActionSpec.Subject? = nil,
                     _ parameters: [ActionSpec.Parameter],
                     make: @escaping @Sendable (ActionArguments) throws(DeskError) -> DeskCommand) -> ActionSpec {
        ActionSpec(name: name, title: Phrase(zh, en), subject: subject, parameters: parameters, make: make)
    }
}

extension ActionSpec {
    /// The same action, asking `question` before a form submits it.
    func confirmed(_ question: Phrase) -> ActionSpec {
        var spec = self
        spec.confirmation = question
        return spec
    }
}
