import Foundation

extension DeskState {
    /// Applies one recorded event. Events were validated by `decide` before they were written;
    /// one that names an unknown subject changes nothing. The cost does not grow with the
    /// history: records are found by id and indexes updated in place.
    public mutating func apply(_ r: Recorded) {
        lastSeq = r.seq
        lastAt = r.at
        switch r.event {
        case .streetConfigured(let profile):
            configure(profile)

        case .caseTakenIn(let e):
            guard let street, cases[e.id] == nil else { return }
            var item = Case(e, at: r.at, by: r.operatorName, ordinal: Int32(counts.cases), street: street)
            item.categoryEntry = r.seq
            counts.cases += 1
            item.entries.append(r.seq)
            caseOrder.append(e.id)
            if let finding = e.finding { findings[finding]?.caseID = e.id }
            index(nil, Placement(item, in: self, street: street))
            cases[e.id] = item
        case .caseRouted(let e):
            let street = street
            updateCase(e.id, r) { item in
                item.routing = e
                item.status = .handling
                item.slots = street?.slots(of: item) ?? item.slots
            }
        case .caseContacted(let e):
            updateCase(e.id, r) { $0.contactedAt = $0.contactedAt ?? r.at }
        case .caseProgressed(let e):
            updateCase(e.id, r, reindex: false) { _ in }
        case .caseResolved(let e):
            updateCase(e.id, r) { $0.resolvedAt = r.at; $0.status = .resolved; $0.unsolvableReason = nil }
        case .caseFoundUnsolvable(let e):
            updateCase(e.id, r) { $0.resolvedAt = r.at; $0.status = .resolved; $0.unsolvableReason = e.note }
        case .caseFeedbackGiven(let e):
            // Feedback is contact; the complainants of merged duplicates hear it too.
            let answer: (inout Case) -> Void = { $0.feedbackAt = r.at; $0.contactedAt = $0.contactedAt ?? r.at }
            updateCase(e.id, r, answer)
            for duplicate in followers(of: e.id) { updateCase(duplicate, r, answer) }
        case .caseCalledBack(let e):
            updateCase(e.id, r) {
                $0.callbacks.append(CallBack(solved: e.solved, satisfaction: e.satisfaction, note: e.note, at: r.at))
                $0.contactedAt = $0.contactedAt ?? r.at
            }
        case .caseClosed(let e):
            updateCase(e.id, r) { $0.closedAt = r.at; $0.status = .closed }
            for duplicate in followers(of: e.id) { updateCase(duplicate, r) { $0.closedAt = r.at; $0.status = .closed } }
        case .caseReturned(let e):
            count(r) { $0.returned += 1 }
            updateCase(e.id, r) { $0.status = .returned; $0.closedAt = r.at; $0.pendingRequest = nil }
        case .caseReturnRequested(let e):
            updateCase(e.id, r, reindex: false) { $0.pendingRequest = .returnCase(e) }
        case .caseUrged(let e):
            count(r) { $0.urged += 1 }
            updateCase(e.id, r, reindex: false) { $0.urgeCount += 1 }
        case .caseExtended(let e):
            updateCase(e.id, r) { $0.resolveBy = e.resolveBy; $0.extensionCount += 1; $0.pendingRequest = nil }
        case .caseExtensionRequested(let e):
            updateCase(e.id, r, reindex: false) { $0.pendingRequest = .extend(e) }
        case .caseRequestRejected(let e):
            updateCase(e.id, r, reindex: false) { $0.pendingRequest = nil }
        case .caseMerged(let e):
            count(r) { $0.merged += 1 }
            updateCase(e.duplicate, r) { $0.status = .merged; $0.mergedInto = e.original; $0.closedAt = r.at }
            updateCase(e.original, r, reindex: false) { $0.duplicates.append(e.duplicate) }
        case .caseReopened(let e):
            updateCase(e.id, r) {
                $0.status = .handling
                $0.resolveBy = e.resolveBy
                $0.resolvedAt = nil
                $0.unsolvableReason = nil
                $0.feedbackAt = nil
                $0.closedAt = nil
                $0.reopenCount += 1
            }
        case .phoneRevealed(let e):
            // Seen by the one who asked, in that view (the desk); the case keeps only its timeline entry.
            updateCase(e.id, r, reindex: false) { _ in }

        case .whistleBlown(let e):
            guard whistles[e.id] == nil else { return }
            count(r) { $0.whistles += 1 }
            counts.whistles += 1
            var whistle = Whistle(e, at: r.at, by: r.operatorName)
            whistle.entries.append(r.seq)
            whistleOrder.append(e.id)
            openWhistleIDs.append(e.id)
            if let id = e.caseID { updateCase(id, r, reindex: false, journaled: false) { $0.whistles.append(e.id) } }
            indexWhistle(nil, whistle)
            whistles[e.id] = whistle
        case .summonsStep(let e):
            applySummons(e, r)
        case .refusalWithdrawn(let e):
            withdrawRefusal(e, r)
        case .caseRecategorized(let e):
            let street = street
            updateCase(e.id, r) { item in
                item.category = e.category
                item.categoryEntry = r.seq
                guard let street else { return }
                item.slots = street.slots(of: item)
                if item.status.isOpen { item.searchKey = Case.searchKey(of: item, street: street) }
            }
        case .caseTagged(let e), .caseUntagged(let e):
            let street = street, tagged = r.event.eventKind == .caseTagged
            updateCase(e.id, r) { item in
                if tagged { item.tags.append(e.theme) } else { item.tags.removeAll { $0 == e.theme } }
                item.slots = street?.slots(of: item) ?? item.slots
            }
        case .orderApplied(let e):
            guard cases[e.id] != nil else { return }
            orders[e.order] = e.id
            updateCase(e.id, r, reindex: false) { $0.order = e }
        case .serviceRequestApplied(let e):
            guard cases[e.id] != nil else { return }
            serviceRequests[e.request.requestID] = e.id
            updateCase(e.id, r, reindex: false) { $0.serviceRequest = ServiceRequestRecord(applied: e, at: r.at) }
        case .caseEvaluated(let e):
            guard let street, let item = cases[e.id] else { return }
            if let earlier = item.evaluation {
                let day = street.calendar.day(earlier.at)
                evaluatedByDay[day]?.remove(e.id)
                if evaluatedByDay[day]?.isEmpty == true { evaluatedByDay[day] = nil }
            }
            evaluatedByDay[street.calendar.day(r.at), default: []].insert(e.id)
            updateCase(e.id, r) { $0.evaluation = OfficialCallBack(result: e, at: r.at) }
        case .summonsUrged(let e):
            count(r) { $0.urged += 1 }
            whistles[e.id]?.entries.append(r.seq)
        case .whistleClosed(let e):
            guard var whistle = whistles.removeValue(forKey: e.id) else { return }
            whistle.closedAt = r.at
            whistle.entries.append(r.seq)
            openWhistleIDs.removeAll { $0 == e.id }
            if let street { whistlesClosedByDay[street.calendar.day(r.at), default: []].append(e.id) }
            whistles[e.id] = whistle

        case .dispatchCreated(let e):
            guard dispatches[e.id] == nil else { return }
            count(r) { $0.dispatches += 1 }
            counts.dispatches += 1
            var dispatch = Dispatch(e, at: r.at, by: r.operatorName)
            dispatch.entries.append(r.seq)
            dispatches[e.id] = dispatch
            dispatchOrder.append(e.id)
            openDispatchIDs.append(e.id)
            if let id = e.caseID { updateCase(id, r, reindex: false, journaled: false) { $0.dispatches.append(e.id) } }
        case .unitStatusChanged(let e):
            guard var dispatch = dispatches.removeValue(forKey: e.id) else { return }
            defer { dispatches[e.id] = dispatch }
            guard let index = dispatch.units.firstIndex(where: { $0.department == e.department }) else { return }
            dispatch.units[index].status = e.status
            dispatch.units[index].since = r.at
            dispatch.entries.append(r.seq)
        case .dispatchConcluded(let e):
            guard var dispatch = dispatches.removeValue(forKey: e.id) else { return }
            count(r) { $0.concluded += 1 }
            dispatch.conclusion = e
            dispatch.concludedAt = r.at
            dispatch.entries.append(r.seq)
            openDispatchIDs.removeAll { $0 == e.id }
            if let street { dispatchesConcludedByDay[street.calendar.day(r.at), default: []].append(e.id) }
            dispatches[e.id] = dispatch

        case .findingRecorded(let e):
            findings[e.id] = PatrolFinding(
                id: e.id, grid: e.grid, stage: e.stage, summary: e.summary, category: e.category,
                foundAt: r.at, foundBy: r.operatorName)
            findingOrder.append(e.id)
            counts.findings += 1
            findingsByGrid[e.grid, default: []].append(e.id)
        case .handoverSigned(let e):
            counts.handovers += 1
            handovers.append(Handover(id: e.id, note: e.note, from: r.operatorName, to: e.to, at: r.at))
            handoverSnapshot = snapshot(e.id, at: r.at)
        case .handoverAcknowledged(let e):
            guard let index = handovers.lastIndex(where: { $0.id == e.id }) else { return }
            handovers[index].acknowledgedAt = r.at
        case .utilityRated(let e):
            ratings.append(UtilityRating(department: e.department, score: e.score, rater: e.rater, note: e.note, at: r.at))
            if let street {
                let day = street.calendar.day(r.at)
                for slot in [0] + (street.departmentSlots[e.department].map { [$0] } ?? []) {
                    ratingLedger.change(slot, day) { $0.count += 1; $0.sum += Int64(e.score) }
                }
            }
        case .practiceStarted, .logRevealed:
            break
        }
    }

    /// A correction: the summons goes back to where it stood, and the refusal leaves the
    /// Art 44 list and the day's count; the entry that recorded it stays in the journal.
    private mutating func withdrawRefusal(_ e: RefusalWithdrawn, _ r: Recorded) {
        guard var whistle = whistles[e.id], let index = whistle.summons.firstIndex(where: { $0.department == e.department }),
              whistle.summons[index].state == .refused else { return }
        let before = whistle
        whistle.summons[index].state = whistle.summons[index].stateBeforeRefusal ?? .summoned
        whistle.summons[index].refusal = nil
        whistle.summons[index].stateBeforeRefusal = nil
        whistle.summons[index].refusalSeq = nil
        whistle.entries.append(r.seq)
        if let listed = refusals.lastIndex(where: { $0.whistle == e.id && $0.department == e.department && $0.withdrawn == nil }) {
            refusals[listed].withdrawn = e.reason
            if let street {
                let day = street.calendar.day(refusals[listed].at)
                refusalsByDay[day]?.removeAll { $0 == listed }
                if refusalsByDay[day]?.isEmpty == true { refusalsByDay[day] = nil }  // as a restore rebuilds it
                activity[day]?.refusals -= 1
            }
        }
        whistles[e.id] = whistle
        indexWhistle(before, whistle)
    }

    /// What is open as a shift hands over: the queue's overdue and next-shift cases (a prefix of
    /// it, read in order), open whistles, dispatches with units still out.
    private func snapshot(_ id: HandoverID, at: Date) -> HandoverSnapshot {
        let t = at.timeIntervalSinceReferenceDate
        let shift = (street?.shiftLength ?? .hours(12)).timeInterval
        let overdue = queue.entries.prefix { ($0.deadlineDate?.timeIntervalSinceReferenceDate ?? .infinity) < t }
        let next = queue.entries.dropFirst(overdue.count).prefix { ($0.deadlineDate?.timeIntervalSinceReferenceDate ?? .infinity) < t + shift }
        let out = openDispatchIDs.filter { dispatches[$0]?.units.contains { $0.status != .cleared } ?? false }
        return HandoverSnapshot(handover: id, at: at, overdue: Listing(count: overdue.count, first: overdue.prefix(HandoverSnapshot.shown).map(\.id)),
                                dueNextShift: Listing(count: next.count, first: next.prefix(HandoverSnapshot.shown).map(\.id)),
                                openWhistles: Listing(count: openWhistleIDs.count, first: openWhistleIDs),
                                unitsOut: Listing(count: out.count, first: out))
    }

    /// The cases merged into `id` and still following it, and those merged into them in turn:
    /// the complainants its feedback answers and its closing closes.
    func followers(of id: CaseID) -> [CaseID] {
        var found = [CaseID]()
        var next = cases[id]?.duplicates ?? []
        while let duplicate = next.popLast() {
            guard cases[duplicate]?.status == .merged else { continue }
            found.append(duplicate)
            next += cases[duplicate]?.duplicates ?? []
        }
        return found
    }

    /// Changes one case and, unless the change cannot move it (`reindex: false`), moves it in
    /// the queues and the ledger: its old place taken away, its new one added. `journaled`:
    /// whether the entry belongs on the case's own timeline.
    private mutating func updateCase(_ id: CaseID, _ r: Recorded, reindex: Bool = true, journaled: Bool = true,
                                     _ change: (inout Case) -> Void) {
        // A case exists only once the street is configured (`damage(folding:)` keeps it so).
        guard let street else { return }
        let before = reindex ? cases.read(id) { Placement($0, in: self, street: street) } : nil
        cases.modify(id) { item in
            change(&item)
            if item.status.isOpen == item.searchKey.isEmpty {
                item.searchKey = item.status.isOpen ? Case.searchKey(of: item, street: street) : SearchKey([])
            }
            if journaled, item.entries.last != r.seq { item.entries.append(r.seq) }
        }
        if let before, let after = cases.read(id, { Placement($0, in: self, street: street) }) { index(before, after) }
    }

    /// Where a case sits in the indexes: all that moving it needs, without copying the case.
    struct Placement {
        let id: CaseID
        let grid: GridCode
        let departments: [DepartmentID]
        let entry: OpenQueue.Entry?
        let mark: CaseMark

        init(_ item: Case, in state: DeskState, street: Street) {
            id = item.id
            grid = item.grid
            departments = item.departments
            entry = item.queueEntry(state.dueSoon)
            mark = CaseMark(item, street: street)
        }
    }

    /// Replaces `old`'s place in the indexes with `new`'s (either may be absent).
    private mutating func index(_ old: Placement?, _ new: Placement?) {
        if old?.entry != new?.entry || old?.departments != new?.departments {
            if let old, let entry = old.entry { moveInQueues(old, entry, insert: false) }
            if let new, let entry = new.entry { moveInQueues(new, entry, insert: true) }
        }
        guard old?.mark != new?.mark else { return }
        old?.mark.post(-1, to: &caseLedger, official: &officialLedger)
        new?.mark.post(1, to: &caseLedger, official: &officialLedger)
        for (placement, add) in [(old, false), (new, true)] {
            guard let placement, placement.mark.countable, !placement.mark.contacted else { continue }
            let day = placement.mark.respondDay
            if add {
                uncontacted[day, default: []].insert(placement.id)
            } else {
                uncontacted[day]?.remove(placement.id)
                if uncontacted[day]?.isEmpty == true { uncontacted[day] = nil }
            }
        }
    }

    private mutating func moveInQueues(_ item: Placement, _ entry: OpenQueue.Entry, insert: Bool) {
        func move<Key: Hashable>(_ queues: inout [Key: OpenQueue], _ key: Key) {
            if insert { queues[key, default: OpenQueue()].insert(entry) } else { queues[key]?.remove(entry) }
            if queues[key]?.isEmpty == true { queues[key] = nil }  // so a state rebuilt from records compares equal
        }
        if insert { queue.insert(entry) } else { queue.remove(entry) }
        move(&queueByGrid, item.grid)
        for department in item.departments { move(&queueByDepartment, department) }
    }

    private mutating func indexWhistle(_ old: Whistle?, _ new: Whistle?) {
        guard let street else { return }
        old?.post(-1, to: &summonsLedger, street: street)
        new?.post(1, to: &summonsLedger, street: street)
        if let new {
            if new.awaitsReport { awaitingReport.insert(new.id) } else { awaitingReport.remove(new.id) }
        }
    }

    private mutating func count(_ r: Recorded, _ change: (inout DayActivity) -> Void) {
        guard let street else { return }
        change(&activity[street.calendar.day(r.at), default: DayActivity()])
    }

    private mutating func applySummons(_ e: SummonsStep, _ r: Recorded) {
        guard var whistle = whistles.removeValue(forKey: e.id) else { return }
        defer { whistles[e.id] = whistle }
        guard let index = whistle.summons.firstIndex(where: { $0.department == e.department }) else { return }
        let before = whistle
        whistle.entries.append(r.seq)
        if e.state == .refused {
            whistle.summons[index].stateBeforeRefusal = whistle.summons[index].state
            whistle.summons[index].refusalSeq = r.seq
        }
        whistle.summons[index].state = e.state
        switch e.state {
        case .reportedIn:
            whistle.summons[index].reportedAt = r.at
            whistle.summons[index].reporter = e.note
        case .done:
            whistle.summons[index].doneAt = r.at
        case .refused:
            whistle.summons[index].refusal = e.note
            // Art 44's list is for the departments the street summons; a refusal by the
            // street's own units or a residents' committee stays on the whistle only.
            guard let street, street.departments[e.department]?.kind.isSummonedFromOutside ?? true else { break }
            refusalsByDay[street.calendar.day(r.at), default: []].append(refusals.count)
            count(r) { $0.refusals += 1 }
            refusals.append(Refusal(whistle: e.id, department: e.department, reason: e.note, at: r.at, recordedBy: r.operatorName, seq: r.seq))
        case .summoned, .acting:
            break
        }
        indexWhistle(before, whistle)
    }
}
