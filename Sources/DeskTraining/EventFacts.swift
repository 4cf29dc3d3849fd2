import DeskCore

/// What a journal entry says in the terms of an expectation: the action that wrote it (its
/// palette name), the items it is about, the values it carries and the departments it names.
struct EventFacts: Equatable {
    var action: String
    var items: [String]
    var values: [String] = []
    var departments: [String] = []

    init?(_ event: DeskEvent) {
        switch event {
        case .streetConfigured, .practiceStarted, .logRevealed: return nil
        case .caseTakenIn(let e):
            self.init("intake", [e.id.raw] + [e.finding?.raw].compactMap { $0 }, values: [e.type.rawValue, e.source.rawValue])
        case .caseRouted(let e):
            self.init("route", [e.id.raw], values: [e.outcome.rawValue], departments: e.departments.map(\.raw))
        case .caseContacted(let e): self.init("contact", [e.id.raw])
        case .caseProgressed(let e): self.init("progress", [e.id.raw])
        case .caseResolved(let e): self.init("resolve", [e.id.raw], values: ["solved"])
        case .caseFoundUnsolvable(let e): self.init("resolve", [e.id.raw], values: ["unsolvable"])
        case .caseFeedbackGiven(let e): self.init("feedback", [e.id.raw])
        case .caseCalledBack(let e):
            self.init("callback", [e.id.raw], values: [e.solved ? "yes" : "no", e.satisfaction.rawValue])
        case .caseClosed(let e): self.init("close", [e.id.raw])
        case .caseReturnRequested(let e): self.init("return", [e.id.raw])
        case .caseReturned(let e): self.init("approve", [e.id.raw], values: ["return"])
        case .caseExtensionRequested(let e): self.init("extend", [e.id.raw])
        case .caseExtended(let e): self.init("approve", [e.id.raw], values: ["extend"])
        case .caseRequestRejected(let e): self.init("reject", [e.id.raw])
        case .caseUrged(let e): self.init("urge", [e.id.raw])
        case .caseMerged(let e): self.init("merge", [e.duplicate.raw, e.original.raw])
        case .caseReopened(let e): self.init("reopen", [e.id.raw])
        case .phoneRevealed(let e): self.init("reveal-phone", [e.id.raw])
        case .whistleBlown(let e):
            self.init("whistle", [e.id.raw] + [e.caseID?.raw, e.finding?.raw].compactMap { $0 },
                      values: [e.type.rawValue, e.matter.rawValue], departments: e.summons.map(\.department.raw))
        case .summonsStep(let e):
            let action = switch e.state {
            case .reportedIn: "report-in"
            case .acting: "act"
            case .done: "finish"
            case .refused: "refuse"
            case .summoned: "whistle"
            }
            self.init(action, [e.id.raw], departments: [e.department.raw])
        case .summonsUrged(let e): self.init("urge-summons", [e.id.raw], departments: [e.department.raw])
        case .whistleClosed(let e): self.init("close-whistle", [e.id.raw])
        case .dispatchCreated(let e):
            self.init("dispatch", [e.id.raw] + [e.caseID?.raw, e.finding?.raw].compactMap { $0 },
                      departments: [e.lead.raw] + e.participants.map(\.raw))
        case .unitStatusChanged(let e):
            self.init("unit-status", [e.id.raw], values: [e.status.rawValue], departments: [e.department.raw])
        case .dispatchConcluded(let e): self.init("conclude", [e.id.raw], values: [e.outcome.rawValue])
        case .findingRecorded(let e): self.init("patrol", [e.id.raw, e.grid.digits], values: [e.stage.rawValue])
        case .handoverSigned(let e): self.init("handover", [e.id.raw])
        case .handoverAcknowledged(let e): self.init("acknowledge", [e.id.raw])
        case .refusalWithdrawn(let e): self.init("withdraw-refusal", [e.id.raw], departments: [e.department.raw])
        case .caseRecategorized(let e): self.init("recategorize", [e.id.raw], values: [e.category.raw])
        case .caseTagged(let e): self.init("tag", [e.id.raw], values: [e.theme.raw])
        case .caseUntagged(let e): self.init("untag", [e.id.raw], values: [e.theme.raw])
        // The order that came with an intake or an update: what the imported order did is told by
        // the entries beside it.
        case .orderApplied, .serviceRequestApplied: return nil
        case .caseEvaluated(let e):
            self.init("evaluation", [e.id.raw], values: [e.responded ? "yes" : "no", e.solved ? "yes" : "no", e.satisfaction.rawValue])
        case .utilityRated(let e): self.init("rate-utility", [], values: [e.rater.rawValue], departments: [e.department.raw])
        }
    }

    private init(_ action: String, _ items: [String], values: [String] = [], departments: [String] = []) {
        self.action = action
        self.items = items
        self.values = values
        self.departments = departments
    }

    /// Whether it does what `expectation` asks with the values and department it asks for.
    func isRight(for expectation: Expectation) -> Bool {
        (expectation.outcome.map(values.contains) ?? true) && (expectation.department.map(departments.contains) ?? true)
    }
}
