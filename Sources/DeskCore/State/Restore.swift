import Foundation

/// Putting a state back together from saved records (a checkpoint), and rebuilding the
/// indexes the fold would have kept — in bulk, each queue sorted once.
extension DeskState {
    mutating func configure(_ profile: StreetProfile) {
        let configured = Street(profile)
        street = configured
        caseLedger = DayLedger(slots: configured.slotCount)
        officialLedger = DayLedger(slots: configured.slotCount)
        summonsLedger = DayLedger(slots: configured.slotCount)
        ratingLedger = DayLedger(slots: configured.slotCount)
    }

    /// Room for the records a checkpoint holds, so restoring them never rehashes.
    mutating func reserve(_ counts: RecordCounts) {
        cases.reserveCapacity(counts.cases)
        caseOrder.reserveCapacity(counts.cases)
        whistles.reserveCapacity(counts.whistles)
        whistleOrder.reserveCapacity(counts.whistles)
        dispatches.reserveCapacity(counts.dispatches)
        dispatchOrder.reserveCapacity(counts.dispatches)
        findings.reserveCapacity(counts.findings)
        findingOrder.reserveCapacity(counts.findings)
    }

    mutating func restore(_ item: Case) {
        cases[item.id] = item
        caseOrder.append(item.id)
    }

    mutating func restore(_ whistle: Whistle) {
        whistles[whistle.id] = whistle
        whistleOrder.append(whistle.id)
    }

    mutating func restore(_ dispatch: Dispatch) {
        dispatches[dispatch.id] = dispatch
        dispatchOrder.append(dispatch.id)
    }

    mutating func restore(_ finding: PatrolFinding) {
        findings[finding.id] = finding
        findingOrder.append(finding.id)
    }

    /// Settled cases restored after the others (a desk's first frame needs none of them): the
    /// case figures already count them, so only the records and the intake order change.
    /// `settled` should have room for every case: the open ones then move in without it growing.
    public mutating func adopt(settled: consuming RecordTable<CaseID, Case>) {
        var all = settled
        guard !all.isEmpty else { return }
        all.forEachChunk { records in
            for slot in records.indices where records[slot].order != nil || records[slot].evaluation != nil { indexExchange(records[slot]) }
        }
        all.reserveCapacity(all.count + cases.count)
        cases.forEachChunk { records in for item in records { all[item.id] = item } }
        cases = RecordTable()  // the open ones' storage goes before the order is sorted
        cases = all
        caseOrder = Self.intakeOrder(cases)
    }

    /// Every case's id in intake order. A case's ordinal is its place in that order (`counts.cases`
    /// at its intake), so each id is put straight in its place: the desk adopts its settled history
    /// between two frames, and a sort of every case took longer than a frame at a million entries.
    static func intakeOrder(_ cases: RecordTable<CaseID, Case>) -> [CaseID] {
        var placed = [CaseID?](repeating: nil, count: cases.count)
        var dense = true
        cases.forEachChunk { records in
            for slot in records.indices where dense {
                let place = Int(records[slot].ordinal)
                if place < placed.count, placed[place] == nil { placed[place] = records[slot].id } else { dense = false }
            }
        }
        guard dense else {
            var pairs: [(Int32, CaseID)] = []
            cases.forEachChunk { records in pairs += records.map { ($0.ordinal, $0.id) } }
            return pairs.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return placed.map { $0! }
    }

    /// The order number and the centre's call-back day of a restored case.
    private mutating func indexExchange(_ item: borrowing Case) {
        if let order = item.order { orders[order.order] = item.id }
        if let request = item.serviceRequest { serviceRequests[request.applied.request.requestID] = item.id }
        if let evaluation = item.evaluation, let street {
            evaluatedByDay[street.calendar.day(evaluation.at), default: []].insert(item.id)
        }
    }

    /// Rebuilds the indexes from the records, as folding them one by one would have left them;
    /// the case ledger and the uncontacted cases come with the checkpoint's header.
    mutating func rebuildIndexes() {
        guard let street else { return }
        var all = [OpenQueue.Entry]()
        var byGrid = [GridCode: [OpenQueue.Entry]]()
        var byDepartment = [DepartmentID: [OpenQueue.Entry]]()
        let restored = cases
        restored.forEachChunk { records in
            for slot in records.indices {  // the queues are sorted below
                indexExchange(records[slot])
                guard let entry = records[slot].queueEntry(dueSoon) else { continue }
                all.append(entry)
                byGrid[records[slot].grid, default: []].append(entry)
                for department in records[slot].departments { byDepartment[department, default: []].append(entry) }
            }
        }
        queue = OpenQueue(all)
        queueByGrid = byGrid.mapValues(OpenQueue.init)
        queueByDepartment = byDepartment.mapValues(OpenQueue.init)
        for id in whistleOrder {
            guard let whistle = whistles[id] else { continue }
            whistle.post(1, to: &summonsLedger, street: street)
            if whistle.awaitsReport { awaitingReport.insert(id) }
            if whistle.isOpen { openWhistleIDs.append(id) }
        }
        openDispatchIDs = dispatchOrder.filter { dispatches[$0]?.isOpen == true }
        for id in findingOrder { if let finding = findings[id] { findingsByGrid[finding.grid, default: []].append(id) } }
        // A withdrawn refusal is off the Art 44 list, as the fold took it off.
        for (index, refusal) in refusals.enumerated() where refusal.withdrawn == nil {
            refusalsByDay[street.calendar.day(refusal.at), default: []].append(index)
        }
        for rating in ratings {
            let day = street.calendar.day(rating.at)
            for slot in [0] + (street.departmentSlots[rating.department].map { [$0] } ?? []) {
                ratingLedger.change(slot, day) { $0.count += 1; $0.sum += Int64(rating.score) }
            }
        }
    }
}
