import Foundation

/// The 12345 exchange: work orders taken in by their numbers, and the centre's own call-backs.
extension Rules {
    /// A new order becomes a case with the centre's clocks, its category and grid mapped through
    /// the profile (or guessed and flagged when they cannot be); an order already taken in is
    /// applied as what changed: a later resolve-by extends, a new urge urges, a send-back of a
    /// concluded case reopens it. The same order again changes nothing.
    func order(_ o: HotlineOrder) throws(DeskError) -> [DeskEvent] {
        let number = try text(o.number, FieldLabel.orderNumber)
        guard o.respondBy <= o.resolveBy else { throw .orderClocks(number) }
        if let id = state.orders[number] { return update(try existingCase(id), o, number) }
        let mappedCategory = street.category(hotlineText: o.categoryText)
        let mappedGrid = street.grid(hotlineAddress: o.address)
        guard let category = mappedCategory ?? street.hotlineFallback?.category, let entry = street.categories[category] else {
            throw .unknownCategory(o.categoryText)
        }
        guard let gridCode = mappedGrid ?? street.hotlineFallback?.grid else { throw .missing(field: FieldLabel.grid) }
        let id = CaseID.numbered("C", state.counts.cases + 1)
        let phone = o.phone.flatMap { $0.isEmpty ? nil : $0 }
        let intake = CaseTakenIn(
            id: id, type: o.type, source: .hotline, category: category, grid: try grid(gridCode),
            summary: try text(o.summary, FieldLabel.requestSummary),
            phone: try phone.map { text throws(DeskError) in try Self.phone(text, patterns: street.profile.phonePatterns) },
            address: o.address.isEmpty ? nil : o.address, timeLimit: o.urgency ?? entry.timeLimit,
            respondBy: o.respondBy, resolveBy: o.resolveBy, finding: nil)
        return [.caseTakenIn(intake), .orderApplied(applied(id, o, number, categoryUnmapped: mappedCategory == nil,
                                                            addressUnmapped: mappedGrid == nil))]
    }

    private func update(_ item: Case, _ o: HotlineOrder, _ number: String) -> [DeskEvent] {
        guard let last = item.order else { return [] }
        let next = applied(item.id, o, number, categoryUnmapped: last.categoryUnmapped, addressUnmapped: last.addressUnmapped)
        guard next != last else { return [] }
        let reason = "12345 \(number)"
        var events = [DeskEvent]()
        let concluded = item.status == .resolved || item.status == .closed
        if o.resolveBy > item.resolveBy, item.status.isOpen, item.resolvedAt == nil {
            events.append(.caseExtended(CaseExtended(id: item.id, resolveBy: o.resolveBy, reason: reason)))
        }
        if o.urged > last.urged, item.status.isOpen {
            events.append(.caseUrged(CaseNote(id: item.id, note: reason)))
        }
        if o.sentBack > last.sentBack, concluded {
            let resolveBy = max(o.resolveBy, now + street.profile.timeLimits[item.timeLimit].resolve)
            events.append(.caseReopened(CaseReopened(id: item.id, resolveBy: resolveBy, reason: reason)))
        }
        return events + [.orderApplied(next)]
    }

    private func applied(_ id: CaseID, _ o: HotlineOrder, _ number: String, categoryUnmapped: Bool,
                         addressUnmapped: Bool) -> OrderApplied {
        OrderApplied(id: id, order: number, receivedAt: o.receivedAt, dispatchedAt: o.dispatchedAt, respondBy: o.respondBy,
                     resolveBy: o.resolveBy, urged: o.urged, sentBack: o.sentBack, categoryUnmapped: categoryUnmapped,
                     addressUnmapped: addressUnmapped)
    }

    /// 评 by the centre: recorded beside the street's own call-backs; the same result again
    /// changes nothing.
    func evaluate(_ id: CaseID, responded: Bool, solved: Bool, satisfaction: Satisfaction) throws(DeskError) -> [DeskEvent] {
        let item = try allowed(.evaluate, id)
        let result = CaseEvaluated(id: id, responded: responded, solved: solved, satisfaction: satisfaction)
        return item.evaluation?.result == result ? [] : [.caseEvaluated(result)]
    }
}
