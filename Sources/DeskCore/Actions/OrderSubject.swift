/// A case named by the 12345 order number it was taken in from — `order:2026112700123` — wherever
/// an action takes a case id: `streetdesk do` and the `:` palette (docs/exchange.md).
extension ActionArguments {
    public static let orderPrefix = "order:"

    /// Replaces an `order:NUMBER` subject of a case action with the case `lookup` finds for the
    /// number; refused, naming what was given, when no case was taken in from it.
    public mutating func resolveOrder(for spec: ActionSpec, _ lookup: (String) throws -> CaseID?) throws {
        guard spec.subject == .case, let subject, subject.lowercased().hasPrefix(Self.orderPrefix) else { return }
        let number = String(subject.dropFirst(Self.orderPrefix.count)).trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty, let id = try lookup(number) else { throw DeskError.unknownCase(subject) }
        self.subject = id.raw
    }
}
