/// Which saved records a command needs to be decided: those it names, and those they link to
/// (the case a whistle or dispatch was blown or sent for). Lets a one-shot command restore a
/// handful of records from a checkpoint instead of the whole street.
extension DeskCommand {
    public var records: [StateArchive.Key] {
        func c(_ id: CaseID?) -> [StateArchive.Key] { id.map { [StateArchive.Key(.caseRecord, $0.raw)] } ?? [] }
        func f(_ id: FindingID?) -> [StateArchive.Key] { id.map { [StateArchive.Key(.finding, $0.raw)] } ?? [] }
        switch self {
        case .configure, .patrol, .handover, .acknowledge, .rateUtility, .revealLog: return []
        case .intake(let i): return f(i.finding)
        case .route(let id, _, _, _), .contact(let id, _), .progress(let id, _), .resolve(let id, _), .findUnsolvable(let id, _),
            .feedback(let id, _), .callback(let id, _, _, _), .close(let id, _), .returnCase(let id, _, _), .urge(let id, _),
            .approve(let id), .reject(let id, _), .extend(let id, _, _), .reopen(let id, _), .revealPhone(let id, _),
            .recategorize(let id, _, _), .evaluate(let id, _, _, _), .tag(let id, _), .untag(let id, _):
            return c(id)
        // Found by its number, which only the whole state indexes: the import opens a whole session.
        case .order, .serviceRequest: return []
        case .merge(let duplicate, let original): return c(duplicate) + c(original)
        case .whistle(let b): return c(b.caseID) + f(b.finding)
        case .summons(let id, _, _, _), .urgeSummons(let id, _, _), .withdrawRefusal(let id, _, _), .closeWhistle(let id, _): return [StateArchive.Key(.whistle, id.raw)]
        case .dispatch(let d): return c(d.caseID) + f(d.finding)
        case .unitStatus(let id, _, _), .conclude(let id, _, _): return [StateArchive.Key(.dispatch, id.raw)]
        }
    }
}

extension DeskState {
    /// The records `keys` name and, for whistles and dispatches held here or blown or sent by
    /// `later` events, the case and finding they concern; for a case, the duplicates merged
    /// into it (they follow its feedback and closing).
    public func linked(_ keys: [StateArchive.Key], later: [Recorded] = []) -> [StateArchive.Key] {
        var links = keys
        for key in keys {
            var caseID: CaseID?
            var finding: FindingID?
            switch key.kind {
            case .whistle:
                let whistle = whistles[WhistleID(key.id)]
                caseID = whistle?.caseID
                finding = whistle?.finding
                for r in later { if case .whistleBlown(let e) = r.event, e.id.raw == key.id { (caseID, finding) = (e.caseID, e.finding) } }
            case .dispatch:
                let dispatch = dispatches[DispatchID(key.id)]
                caseID = dispatch?.caseID
                finding = dispatch?.finding
                for r in later { if case .dispatchCreated(let e) = r.event, e.id.raw == key.id { (caseID, finding) = (e.caseID, e.finding) } }
            case .caseRecord:
                // Its followers, as far as the records at hand show: the restore asks again once
                // these are loaded, so a chain of merges is followed to its end.
                var next = [CaseID(key.id)]
                while let id = next.popLast() {
                    var duplicates = cases[id]?.duplicates ?? []
                    for r in later { if case .caseMerged(let e) = r.event, e.original == id { duplicates.append(e.duplicate) } }
                    for duplicate in duplicates where !links.contains(StateArchive.Key(.caseRecord, duplicate.raw)) {
                        links.append(StateArchive.Key(.caseRecord, duplicate.raw))
                        next.append(duplicate)
                    }
                }
                continue
            case .finding:
                continue
            }
            if let caseID { links.append(StateArchive.Key(.caseRecord, caseID.raw)) }
            if let finding { links.append(StateArchive.Key(.finding, finding.raw)) }
        }
        return links
    }
}
