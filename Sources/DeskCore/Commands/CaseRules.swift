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
            summary: try text(i.summary, FieldLabel.requestSummary), phone: try i.phone.map(Self.phone), address: i.address,
            timeLimit: limit, respondBy: now + clocks.respond, resolveBy: now + clocks.resolve, finding: i.finding))
    }

    /// Art 17: exactly four outcomes; a transfer names one department, coordination several.
    func route(_ id: CaseID, _ outcome: TriageOutcome, _ ids: [DepartmentID], _ reason: String?) throws(DeskError) -> DeskEvent {
        let item = try openCase(id)
        if item.status == .resolved { throw .alreadyResolved(id) }
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

    func note(_ id: CaseID, _ note: String, requireText: Bool) throws(DeskError) -> CaseNote {
        _ = try openCase(id)
        return CaseNote(id: id, note: requireText ? try text(note, FieldLabel.note) : note)
    }

    func resolve(_ id: CaseID, _ note: String) throws(DeskError) -> DeskEvent {
        let item = try openCase(id)
        guard item.routing != nil else { throw .resolveBeforeRouting(id) }
        guard item.resolvedAt == nil else { throw .alreadyResolved(id) }
        return .caseResolved(CaseNote(id: id, note: note))
    }

    /// 评: the call-back follows feedback, on a resolved or closed case.
    func callback(_ id: CaseID, _ solved: Bool, _ satisfaction: Satisfaction, _ note: String) throws(DeskError) -> DeskEvent {
        let item = try existingCase(id)
        guard item.status == .resolved || item.status == .closed else {
            throw .caseNotOpen(id, item.status)
        }
        guard item.feedbackAt != nil else { throw .callbackWithoutFeedback(id) }
        return .caseCalledBack(CaseCalledBack(id: id, solved: solved, satisfaction: satisfaction, note: note))
    }

    /// Art 17, last paragraph: no case closes before the complainant has had feedback.
    func close(_ id: CaseID, _ note: String) throws(DeskError) -> DeskEvent {
        let item = try openCase(id)
        guard item.feedbackAt != nil else { throw .closeWithoutFeedback(id) }
        return .caseClosed(CaseNote(id: id, note: note))
    }

    /// 退单: only before the respond-by deadline, citing the rule that shows it is not ours.
    func returnCase(_ id: CaseID, _ rule: String, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try openCase(id)
        guard item.resolvedAt == nil else { throw .alreadyResolved(id) }
        guard now <= item.respondBy else { throw .returnPastDeadline(id, ClockText.stamp(item.respondBy, in: street.timeZone)) }
        return .caseReturned(CaseReturned(id: id, rule: try text(rule, FieldLabel.rule), reason: reason))
    }

    /// 延期: asked before the resolve-by deadline; the new deadline is that much later.
    func extend(_ id: CaseID, _ span: TimeSpan, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try openCase(id)
        guard item.resolvedAt == nil else { throw .alreadyResolved(id) }
        guard now <= item.resolveBy else { throw .extensionPastDeadline(id, ClockText.stamp(item.resolveBy, in: street.timeZone)) }
        return .caseExtended(CaseExtended(id: id, resolveBy: item.resolveBy + span, reason: try text(reason, FieldLabel.reason)))
    }

    /// 并单: the duplicate leaves the queue; both keep the link.
    func merge(_ duplicate: CaseID, into original: CaseID) throws(DeskError) -> DeskEvent {
        guard duplicate != original else { throw .mergeIntoItself(duplicate) }
        _ = try openCase(duplicate)
        let target = try existingCase(original)
        guard target.status != .merged, target.status != .returned else { throw .mergeTarget(original, target.status) }
        return .caseMerged(CaseMerged(duplicate: duplicate, original: original))
    }

    /// 重办: when the call-back found it unsolved; the resolve-by clock starts again.
    func reopen(_ id: CaseID, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try existingCase(id)
        guard let callback = item.callback, !callback.solved, item.status == .resolved || item.status == .closed else {
            throw .reopenNeedsUnsolvedCallback(id)
        }
        let clocks = street.profile.timeLimits[item.timeLimit]
        return .caseReopened(CaseReopened(id: id, resolveBy: now + clocks.resolve, reason: try text(reason, FieldLabel.reason)))
    }

    func revealPhone(_ id: CaseID, _ reason: String) throws(DeskError) -> DeskEvent {
        let item = try existingCase(id)
        guard item.phone != nil else { throw .noPhone(id) }
        return .phoneRevealed(CaseNote(id: id, note: reason))
    }

    /// Digits with optional spaces or dashes, 5 to 15 digits (hotlines, landlines, mobiles).
    static func phone(_ text: String) throws(DeskError) -> String {
        let digits = text.filter { $0 != " " && $0 != "-" }
        guard (5...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            throw .invalidValue(field: FieldLabel.phone, value: text, expected: .phoneDigits)
        }
        return digits
    }
}
