import Foundation

/// Open311 GeoReport v2: a city's service requests taken in by their ids (docs/exchange.md).
extension Rules {
    /// A new request becomes a case (求助, from the hotline's channel) under the category its
    /// service code maps to and the grid its address maps to (guessed and flagged when they
    /// cannot be); its clocks run from the request's time, resolve-by being the feed's expected
    /// time when given. A request the feed already closed is taken in concluded. A request taken
    /// in before is applied as what changed (closed in the feed: the case is concluded); the same
    /// request again changes nothing.
    func serviceRequest(_ given: ServiceRequest) throws(DeskError) -> [DeskEvent] {
        var q = given
        q.requestID = try text(given.requestID, FieldLabel.serviceRequestID)
        if let id = state.serviceRequests[q.requestID] { return updateRequest(try existingCase(id), q) }
        let code = try text(q.serviceCode, FieldLabel.serviceCode)
        let mappedCategory = street.category(open311Code: code)
        let address = q.address.flatMap { $0.isEmpty ? nil : $0 }
        let mappedGrid = address.flatMap { street.grid(hotlineAddress: $0) }
        guard let category = mappedCategory ?? street.hotlineFallback?.category, let entry = street.categories[category] else {
            throw .unknownCategory(code)
        }
        guard let gridCode = mappedGrid ?? street.hotlineFallback?.grid else { throw .missing(field: FieldLabel.grid) }
        let limits = street.profile.timeLimits[entry.timeLimit]
        let start = q.requestedAt ?? now
        let resolveBy = q.expectedAt ?? start + limits.resolve
        let id = CaseID.numbered("C", state.counts.cases + 1)
        let summary = [q.description, q.serviceName].compactMap { $0 }.first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? code
        let intake = CaseTakenIn(
            id: id, type: .help, source: .hotline, category: category, grid: try grid(gridCode),
            summary: try text(summary, FieldLabel.requestSummary), phone: nil, address: address, timeLimit: entry.timeLimit,
            respondBy: min(start + limits.respond, resolveBy), resolveBy: resolveBy, finding: nil)
        let applied = ServiceRequestApplied(id: id, request: q, codeUnmapped: mappedCategory == nil, addressUnmapped: mappedGrid == nil)
        return [.caseTakenIn(intake), .serviceRequestApplied(applied)] + (q.closed ? concluded(id, q) : [])
    }

    private func updateRequest(_ item: Case, _ q: ServiceRequest) -> [DeskEvent] {
        guard let last = item.serviceRequest?.applied else { return [] }
        let next = ServiceRequestApplied(id: item.id, request: q, codeUnmapped: last.codeUnmapped, addressUnmapped: last.addressUnmapped)
        guard next != last else { return [] }
        let concluding = q.closed && item.status.isOpen && item.resolvedAt == nil
        return [.serviceRequestApplied(next)] + (concluding ? concluded(item.id, q) : [])
    }

    /// Closed in the feed: resolved and closed with the feed's status notes.
    private func concluded(_ id: CaseID, _ q: ServiceRequest) -> [DeskEvent] {
        let notes = (q.statusNotes ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let note = CaseNote(id: id, note: notes.isEmpty ? "Open311 \(q.requestID)" : notes)
        return [.caseResolved(note), .caseClosed(note)]
    }
}
