import DeskCore
import Foundation

/// An action's form, built from its `ActionSpec`: the subject first (the case, whistle or
/// dispatch), then one field per parameter. Nothing is written until it is submitted.
public struct Form: Sendable {
    public let spec: ActionSpec
    public var fields: [Field]
    public var focus = 0
    /// The core's refusal of the last submission, or a field's problem.
    public var error: String?
    /// Esc on a half-filled form asks first.
    public var confirmingDiscard = false
    /// Showing the action's `confirmation` question before submitting.
    public var confirmingSubmit = false
    /// The board item the form was opened on: it scopes some pick lists.
    public let item: ItemRef?
    /// What the fields held when the form opened: only changes from this count as typed.
    private let opening: [String]
    /// Opened from the item's detail: closing the form goes back to it.
    public let fromDetail: Bool

    public struct Field: Sendable {
        /// nil for the subject field.
        public let parameter: ActionSpec.Parameter?
        public var input: TextField
        /// Values already picked, for a parameter that repeats.
        public var picked: [String] = []
        /// The highlighted pick-list row.
        public var pick = 0
        /// The officer moved through the pick list: Enter takes the highlighted row even with nothing typed.
        public var browsing = false
    }

    public init(spec: ActionSpec, item: ItemRef?, view: FrameContext, fromDetail: Bool = false) {
        self.spec = spec
        self.item = item
        self.fromDetail = fromDetail
        var fields = [Field]()
        if spec.subject != nil {
            fields.append(Field(parameter: nil, input: TextField(Form.subject(of: item, for: spec) ?? "")))
        }
        for parameter in spec.parameters {
            let prefill = UnitSteps.prefill(parameter, of: spec, item: item, view: view).map { [$0] } ?? Form.prefill(parameter, of: spec, item: item, view: view)
            var field = Field(parameter: parameter, input: TextField(parameter.repeats ? "" : prefill.first ?? ""))
            if parameter.repeats { field.picked = prefill }
            fields.append(field)
        }
        self.fields = fields
        opening = fields.map(\.input.text)
        focus = fields.firstIndex { $0.input.isEmpty } ?? 0
    }

    static func subject(of item: ItemRef?, for spec: ActionSpec) -> String? {
        switch (spec.subject, item) {
        case (.case, .caseItem(let id)?): id.raw
        case (.whistle, .whistle(let id)?): id.raw
        case (.dispatch, .dispatch(let id)?), (.dispatch, .unit(let id, _)?): id.raw
        default: nil
        }
    }

    /// What a field starts with, from where the form was opened: a whistle or dispatch from a
    /// case carries the case, its grid, its place and the departments it was routed to (the
    /// first of them leads a dispatch); anything from a grid tile, the grid. The officer can
    /// change each. Several values for a field that takes several.
    static func prefill(_ parameter: ActionSpec.Parameter, of spec: ActionSpec, item: ItemRef?, view: FrameContext) -> [String] {
        // Only an action about a case (a whistle, a dispatch) takes the selected case's facts.
        let aboutCase = spec.parameters.contains { $0.kind == .caseID && $0.name == "case" }
        let routedCase: Case? = if aboutCase, case .caseItem(let id)? = item { view.state.cases[id] } else { nil }
        switch (parameter.kind, item) {
        case (.caseID, .caseItem(let id)?) where parameter.name == "case": return [id.raw]
        case (.grid, .grid(let code)?): return [code.digits]
        case (.grid, .caseItem?): return routedCase.map { [$0.grid.digits] } ?? []
        case (.department, .caseItem?) where parameter.name == "lead": return routedCase?.departments.prefix(1).map(\.raw) ?? []
        case (.department, .caseItem?) where parameter.repeats:
            let departments = routedCase?.departments ?? []
            // A dispatch's lead is its first department; the rest take part.
            return (spec.name == "dispatch" ? Array(departments.dropFirst()) : departments).map(\.raw)
        case (.text, .caseItem?) where parameter.name == "place":
            return routedCase.map { [$0.address ?? view.gridName($0.grid)] } ?? []
        default: return []
        }
    }

    /// What is on screen once the form closes: the detail it came from, or the board.
    public var closing: Overlay? {
        fromDetail ? item.map { .detail($0, scroll: 0) } : nil
    }

    public var isDirty: Bool {
        fields.map(\.input.text) != opening || fields.contains { !$0.picked.isEmpty }
    }

    /// The values as the CLI would take them, for `ActionSpec.command`.
    public func arguments(view: FrameContext) -> ActionArguments {
        var arguments = ActionArguments(streetCode: view.street.profile.street.code, now: view.now, timeZone: view.zone)
        for field in fields {
            guard let parameter = field.parameter else {
                arguments.subject = field.input.text.trimmingCharacters(in: .whitespaces)
                continue
            }
            for value in field.picked + [field.input.text] where !value.trimmingCharacters(in: .whitespaces).isEmpty {
                arguments.add(parameter.name, value)
            }
        }
        return arguments
    }

    func label(of field: Field, _ view: FrameContext) -> String {
        guard let parameter = field.parameter else { return view.t(spec.subject!.label) }
        return view.t(parameter.label) + (parameter.required ? "*" : "")
    }

    /// The pick list of the focused field, filtered by what is typed.
    func suggestions(_ field: Field, view: FrameContext) -> [Suggestion]? {
        guard let parameter = field.parameter, let all = Suggestions.all(for: parameter, in: view, near: item) else { return nil }
        return Suggestions.matching(field.input.text, in: all.filter { !field.picked.contains($0.value) })
    }

    /// What is wrong with a field as typed, checked as the officer goes.
    func problem(_ field: Field, view: FrameContext) -> String? {
        let text = field.input.text.trimmingCharacters(in: .whitespaces)
        guard let parameter = field.parameter, !text.isEmpty else { return nil }
        switch parameter.kind {
        case .category, .department, .choice, .theme:
            let all = Suggestions.all(for: parameter, in: view, near: item) ?? []
            guard !all.contains(where: { $0.value == text || $0.label == text }) else { return nil }
            return view.t(FormText.notOnTheList)
        default:
            return parameter.problem(with: text, street: view.street, now: view.now)?.message(view.language, naming: view.street)
        }
    }
}
