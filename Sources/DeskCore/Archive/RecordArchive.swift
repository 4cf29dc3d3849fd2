import Foundation

// Each record written and read field by field, in declaration order. A change to a record's
// fields is a new `StateArchive.format`: older checkpoints are then ignored and rebuilt.

extension ArchiveWriter {
    /// Seqs ascend: stored as differences, mostly one byte each.
    mutating func seqs(_ values: [Int64]) {
        int(values.count)
        var previous: Int64 = 0
        for value in values {
            int(value - previous)
            previous = value
        }
    }
}

extension ArchiveReader {
    mutating func seqs() throws -> [Int64] {
        let n = try count()
        var values = [Int64]()
        values.reserveCapacity(n)
        var previous: Int64 = 0
        for _ in 0..<n {
            previous += try int64()
            values.append(previous)
        }
        return values
    }
}

extension Case {
    func archive(_ w: inout ArchiveWriter) {
        w.id(id); w.label(type); w.label(source); w.id(category); w.string(grid.digits); w.string(summary)
        w.optional(phone) { $0.string($1) }
        w.optional(address) { $0.string($1) }
        w.label(timeLimit)
        w.optional(finding) { $0.id($1) }
        w.date(receivedAt); w.string(receivedBy); w.int(ordinal); w.raw(searchKey.bytes)
        w.label(status); w.date(respondBy); w.date(resolveBy); w.int(categoryEntry)
        w.optional(routing) { w, r in
            w.id(r.id); w.label(r.outcome); w.array(r.departments) { $0.id($1) }; w.string(r.reason)
        }
        for date in [contactedAt, resolvedAt, feedbackAt] { w.optional(date) { $0.date($1) } }
        w.optional(unsolvableReason) { $0.string($1) }
        w.array(callbacks) { w, c in w.bool(c.solved); w.label(c.satisfaction); w.string(c.note); w.date(c.at) }
        w.optional(pendingRequest) { w, request in
            switch request {
            case .returnCase(let e): w.bool(false); w.string(e.rule); w.string(e.reason)
            case .extend(let e): w.bool(true); w.date(e.resolveBy); w.string(e.reason)
            }
        }
        w.optional(closedAt) { $0.date($1) }
        w.int(urgeCount); w.int(extensionCount); w.int(reopenCount)
        w.optional(mergedInto) { $0.id($1) }
        w.array(duplicates) { $0.id($1) }
        w.array(whistles) { $0.id($1) }
        w.array(dispatches) { $0.id($1) }
        w.seqs(entries); w.array(slots) { $0.int($1) }; w.array(tags) { $0.id($1) }
        w.optional(order) { w, o in
            w.string(o.order); w.date(o.receivedAt); w.date(o.dispatchedAt); w.date(o.respondBy); w.date(o.resolveBy)
            w.int(o.urged); w.int(o.sentBack); w.bool(o.categoryUnmapped); w.bool(o.addressUnmapped)
        }
        w.optional(evaluation) { w, e in
            w.bool(e.result.responded); w.bool(e.result.solved); w.label(e.result.satisfaction); w.date(e.at)
        }
        w.optional(serviceRequest) { w, s in s.archive(&w) }
    }

    init(archive r: inout ArchiveReader) throws {
        id = try r.id(); type = try r.label(); source = try r.label(); category = try r.id(); grid = try r.grid()
        summary = try r.string(); phone = try r.optional { try $0.string() }; address = try r.optional { try $0.string() }
        timeLimit = try r.label(); finding = try r.optional { try $0.id() }
        receivedAt = try r.date(); receivedBy = try r.string(); ordinal = try r.int32(); searchKey = SearchKey(bytes: try r.raw())
        status = try r.label(); respondBy = try r.date(); resolveBy = try r.date(); categoryEntry = try r.int64()
        routing = try r.optional { r in
            CaseRouted(id: try r.id(), outcome: try r.label(), departments: try r.array { try $0.id() },
                       reason: try r.string(common: TriageOutcome.allCases.map(\.basis)))
        }
        contactedAt = try r.optional { try $0.date() }
        resolvedAt = try r.optional { try $0.date() }
        feedbackAt = try r.optional { try $0.date() }
        unsolvableReason = try r.optional { try $0.string() }
        callbacks = try r.array { r in CallBack(solved: try r.bool(), satisfaction: try r.label(), note: try r.string(), at: try r.date()) }
        let id = id
        pendingRequest = try r.optional { r in
            try r.bool() ? .extend(CaseExtended(id: id, resolveBy: try r.date(), reason: try r.string()))
                : .returnCase(CaseReturned(id: id, rule: try r.string(), reason: try r.string()))
        }
        closedAt = try r.optional { try $0.date() }
        urgeCount = try r.int(); extensionCount = try r.int(); reopenCount = try r.int()
        mergedInto = try r.optional { try $0.id() }
        duplicates = try r.array { try $0.id() }
        whistles = try r.array { try $0.id() }
        dispatches = try r.array { try $0.id() }
        entries = try r.seqs(); slots = try r.array { try $0.int32() }; tags = try r.array { try $0.id() }
        order = try r.optional { r in
            OrderApplied(id: id, order: try r.string(), receivedAt: try r.date(), dispatchedAt: try r.date(),
                         respondBy: try r.date(), resolveBy: try r.date(), urged: try r.int(), sentBack: try r.int(),
                         categoryUnmapped: try r.bool(), addressUnmapped: try r.bool())
        }
        evaluation = try r.optional { r in
            OfficialCallBack(result: CaseEvaluated(id: id, responded: try r.bool(), solved: try r.bool(), satisfaction: try r.label()),
                             at: try r.date())
        }
        serviceRequest = try r.optional { r in try ServiceRequestRecord(archive: &r, id: id) }
    }
}

extension ServiceRequestRecord {
    func archive(_ w: inout ArchiveWriter) {
        let q = applied.request
        w.string(q.requestID); w.string(q.serviceCode); w.bool(q.closed)
        for text in [q.serviceName, q.statusNotes, q.description, q.agencyResponsible, q.serviceNotice, q.address, q.addressID,
                     q.zipcode, q.lat, q.long, q.mediaURL] {
            w.optional(text) { $0.string($1) }
        }
        for date in [q.requestedAt, q.updatedAt, q.expectedAt] { w.optional(date) { $0.date($1) } }
        w.bool(applied.codeUnmapped); w.bool(applied.addressUnmapped); w.date(at)
    }

    init(archive r: inout ArchiveReader, id: CaseID) throws {
        var q = ServiceRequest(requestID: try r.string(), serviceCode: try r.string(), closed: try r.bool())
        let texts: [WritableKeyPath<ServiceRequest, String?>] = [
            \.serviceName, \.statusNotes, \.description, \.agencyResponsible, \.serviceNotice, \.address, \.addressID,
            \.zipcode, \.lat, \.long, \.mediaURL,
        ]
        for path in texts { q[keyPath: path] = try r.optional { try $0.string() } }
        for path in [\ServiceRequest.requestedAt, \.updatedAt, \.expectedAt] { q[keyPath: path] = try r.optional { try $0.date() } }
        applied = ServiceRequestApplied(id: id, request: q, codeUnmapped: try r.bool(), addressUnmapped: try r.bool())
        at = try r.date()
    }
}

extension Whistle {
    func archive(_ w: inout ArchiveWriter) {
        w.id(id); w.label(type); w.label(matter)
        w.optional(caseID) { $0.id($1) }
        w.optional(finding) { $0.id($1) }
        w.string(grid.digits); w.string(summary); w.date(blownAt); w.string(blownBy)
        w.array(summons) { w, s in
            w.id(s.department); w.date(s.reportBy); w.label(s.state)
            w.optional(s.reportedAt) { $0.date($1) }
            w.optional(s.reporter) { $0.string($1) }
            w.optional(s.refusal) { $0.string($1) }
            w.optional(s.stateBeforeRefusal) { $0.label($1) }
            w.optional(s.refusalSeq) { $0.int($1) }
            w.optional(s.doneAt) { $0.date($1) }
        }
        w.optional(closedAt) { $0.date($1) }
        w.seqs(entries)
    }

    init(archive r: inout ArchiveReader) throws {
        id = try r.id(); type = try r.label(); matter = try r.label()
        caseID = try r.optional { try $0.id() }; finding = try r.optional { try $0.id() }
        grid = try r.grid(); summary = try r.string(); blownAt = try r.date(); blownBy = try r.string()
        summons = try r.array { r in
            var s = Summons(department: try r.id(), reportBy: try r.date())
            s.state = try r.label()
            s.reportedAt = try r.optional { try $0.date() }
            s.reporter = try r.optional { try $0.string() }
            s.refusal = try r.optional { try $0.string() }
            s.stateBeforeRefusal = try r.optional { try $0.label() }
            s.refusalSeq = try r.optional { try $0.int64() }
            s.doneAt = try r.optional { try $0.date() }
            return s
        }
        closedAt = try r.optional { try $0.date() }
        entries = try r.seqs()
    }
}

extension Dispatch {
    func archive(_ w: inout ArchiveWriter) {
        w.id(id); w.string(summary)
        w.optional(caseID) { $0.id($1) }
        w.optional(finding) { $0.id($1) }
        w.string(grid.digits); w.string(place); w.id(lead); w.date(plannedAt); w.date(createdAt); w.string(createdBy)
        w.array(units) { w, u in w.id(u.department); w.label(u.status); w.date(u.since) }
        w.optional(conclusion) { w, c in w.id(c.id); w.label(c.outcome); w.string(c.findings) }
        w.optional(concludedAt) { $0.date($1) }
        w.seqs(entries)
    }

    init(archive r: inout ArchiveReader) throws {
        id = try r.id(); summary = try r.string()
        caseID = try r.optional { try $0.id() }; finding = try r.optional { try $0.id() }
        grid = try r.grid(); place = try r.string(); lead = try r.id(); plannedAt = try r.date(); createdAt = try r.date()
        createdBy = try r.string()
        units = try r.array { r in Unit(department: try r.id(), status: try r.label(), since: try r.date()) }
        conclusion = try r.optional { r in
            DispatchConcluded(id: try r.id(), outcome: try r.label(), findings: try r.string())
        }
        concludedAt = try r.optional { try $0.date() }
        entries = try r.seqs()
    }
}

extension PatrolFinding {
    func archive(_ w: inout ArchiveWriter) {
        w.id(id); w.string(grid.digits); w.label(stage); w.string(summary)
        w.optional(category) { $0.id($1) }
        w.date(foundAt); w.string(foundBy)
        w.optional(caseID) { $0.id($1) }
    }

    init(archive r: inout ArchiveReader) throws {
        id = try r.id(); grid = try r.grid(); stage = try r.label(); summary = try r.string()
        category = try r.optional { try $0.id() }
        foundAt = try r.date(); foundBy = try r.string(); caseID = try r.optional { try $0.id() }
    }
}
