import Foundation

/// 接诉即办 (Art 6, 16, 17): the case commands.
extension Rules {
    func intake(_ i: DeskCommand.Intake) throws(DeskError) -> DeskEvent {
        guard let category = street.categories[i.category] else { throw .unknownCategory(i.category.raw) }
        var gridCode = i.grid
        if let id = i.finding {
            let found = try finding(id)
            if let existing = found.caseID { throw .findingAlreadyCase(id, existing) }
            gridCode = gridCode ?? found.grid
        }
        guard let gridCode else { throw .missing(field: FieldLabel.grid) }
        let limit = i.urgency ?? category.timeLimit
        let clocks = street.profile.timeLimits[limit]
        return .caseTakenIn(CaseTakenIn(
            id: .numbered("C", state.counts.cases + 1), type: i.type,
            source: i.finding == nil ? i.source : .patrol, category: i.category, grid: try grid(gridCode),
            summary: try text(i.summary, FieldLabel.requestSummary), phone: try i.phone.map { text throws(DeskError) in try Self.phone(text, patterns: street.profile.phonePatterns) }, address: i.address,
            timeLimit: limit, respondBy: now + clocks.respond, resolveBy: now + clocks.resolve, finding: i.finding))
    }

    /// Art 17: exactly four outcomes; a transfer names one department, coordination several.
    func route(_ id: CaseID, _ outcome: TriageOutcome, _ ids: [DepartmentID], _ reason: String?) throws(DeskError) -> DeskEvent {
        _ = try allowed(.route, id)
        let named = try departments(ids)
        switch outcome {
        case .transfer where named.count != 1, .coordinate where named.count < 2:
            throw .routeDepartments(outcome, given: named.count)
        case .handle where named.count > 1, .reportUp where !named.isEmpty:
            throw .routeDepartments(outcome, given: named.count)
        default: break
        }
        let given = reason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return .caseRouted(CaseRouted(id: id, outcome: outcome, departments: named, reason: given.isEmpty ? outcome.basis : given))
    }

    /// Contact, progress, feedback and urge: a note on the case.
    func note(_ action: CaseAction, _ id: CaseID, _ note: String, requireText: Bool) throws(DeskError) -> CaseNote {
        _ = try allowed(action, id)
        return CaseNote(id: id, note: requireText ? try text(note, FieldLabel.note) : note)
    }

    func resolve(_ id: CaseID, _ note: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.resolve, id)
        return .caseResolved(CaseNote(id: id, note: note))
    }

    /// Concluded as one that cannot be solved (a policy forbids it, the demand is unreasonable):
    /// the reason is what the complainant is told; it stops the clock and is never counted solved.
    func findUnsolvable(_ id: CaseID, _ reason: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.resolve, id)
        return .caseFoundUnsolvable(CaseNote(id: id, note: try text(reason, FieldLabel.reason)))
    }

    /// 评: the call-back follows feedback, on a resolved or closed case.
    func callback(_ id: CaseID, _ solved: Bool, _ satisfaction: Satisfaction, _ note: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.callback, id)
        return .caseCalledBack(CaseCalledBack(id: id, solved: solved, satisfaction: satisfaction, note: note))
    }

    /// Art 17, last paragraph: triaged, concluded, and the complainant answered.
    func close(_ id: CaseID, _ note: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.close, id)
        return .caseClosed(CaseNote(id: id, note: note))
    }

    /// 退单: asked before the respond-by deadline on an order the hotline dispatched, citing the
    /// rule that shows it is not the street's; it takes effect when a supervisor approves it.
    func returnCase(_ id: CaseID, _ rule: String, _ reason: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.returnCase, id)
        return .caseReturnRequested(CaseReturned(id: id, rule: try text(rule, FieldLabel.rule), reason: reason))
    }

    /// 延期: asked with a reason before the resolve-by deadline on a triaged case, within the
    /// profile's limits; it takes effect when a supervisor approves it.
    func extend(_ id: CaseID, _ span: TimeSpan, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try allowed(.extend, id)
        let longest = street.extensionLimits.longest
        guard span <= longest else { throw .extensionTooLong(span.description, longest: longest.description) }
        return .caseExtensionRequested(CaseExtended(id: id, resolveBy: item.resolveBy + span, reason: try text(reason, FieldLabel.reason)))
    }

    /// A supervisor's yes to the pending request: the return or extension takes effect.
    func approve(_ id: CaseID) throws(DeskError) -> DeskEvent {
        switch try allowed(.approve, id).pendingRequest {
        case .returnCase(let request): .caseReturned(request)
        case .extend(let request): .caseExtended(request)
        case nil: throw .noPendingRequest(id)
        }
    }

    /// A supervisor's no, with the reason: the case goes on as before.
    func reject(_ id: CaseID, _ reason: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.reject, id)
        return .caseRequestRejected(CaseNote(id: id, note: try text(reason, FieldLabel.reason)))
    }

    /// 并单: the duplicate leaves the queue and follows its survivor, which must still be open.
    func merge(_ duplicate: CaseID, into original: CaseID) throws(DeskError) -> DeskEvent {
        guard duplicate != original else { throw .mergeIntoItself(duplicate) }
        _ = try allowed(.merge, duplicate)
        let target = try existingCase(original)
        guard target.status.isOpen else { throw .mergeTarget(original, target.status) }
        return .caseMerged(CaseMerged(duplicate: duplicate, original: original))
    }

    /// 重办: when the newest call-back found it unsolved; the resolve-by clock starts again.
    func reopen(_ id: CaseID, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try allowed(.reopen, id)
        let clocks = street.profile.timeLimits[item.timeLimit]
        return .caseReopened(CaseReopened(id: id, resolveBy: now + clocks.resolve, reason: try text(reason, FieldLabel.reason)))
    }

    /// A complainant's number in full, for the supervisor who asks, with the reason journaled first.
    func revealPhone(_ id: CaseID, _ reason: String) throws(DeskError) -> DeskEvent {
        _ = try allowed(.revealPhone, id)
        return .phoneRevealed(CaseNote(id: id, note: try text(reason, FieldLabel.reason)))
    }

    /// A correction of the category, naming the entry it corrects: the case's intake or its
    /// last correction.
    func recategorize(_ id: CaseID, _ category: CategoryID, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try allowed(.recategorize, id)
        guard street.categories[category] != nil else { throw .unknownCategory(category.raw) }
        guard category != item.category else { throw .sameCategory(id) }
        return .caseRecategorized(CaseRecategorized(id: id, category: category, corrects: item.categoryEntry, reason: try text(reason, FieldLabel.reason)))
    }

    /// 主题: one of the profile's themes, once on a case.
    func tag(_ id: CaseID, _ theme: ThemeID) throws(DeskError) -> DeskEvent {
        let item = try allowed(.tag, id)
        guard street.theme(theme) != nil else { throw .unknownTheme(theme.raw) }
        guard !item.tags.contains(theme) else { throw .alreadyTagged(id, theme) }
        return .caseTagged(CaseTagged(id: id, theme: theme))
    }

    func untag(_ id: CaseID, _ theme: ThemeID) throws(DeskError) -> DeskEvent {
        let item = try allowed(.untag, id)
        guard item.tags.contains(theme) else { throw .notTagged(id, theme) }
        return .caseUntagged(CaseTagged(id: id, theme: theme))
    }

    /// The case, once `action` is allowed on it.
    func allowed(_ action: CaseAction, _ id: CaseID) throws(DeskError) -> Case {
        let item = try existingCase(id)
        try allow(action, on: item)
        return item
    }

    /// A number intake accepts (`PhoneNumber.digits`), as its digits.
    static func phone(_ text: String, patterns: [String]?) throws(DeskError) -> String {
        guard let digits = PhoneNumber.digits(text, patterns: patterns) else {
            throw .invalidValue(field: FieldLabel.phone, value: text, expected: .phoneDigits)
        }
        return digits
    }
}
