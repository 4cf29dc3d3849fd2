import Foundation

/// A checkpoint's content: the folded state as a header (the street, counts, lists that stay
/// short) and one item per case, whistle, dispatch and patrol finding, so that a command can
/// load only the records it names. The indexes are not saved: restoring rebuilds them from the
/// records, the same way the fold keeps them.
public enum StateArchive {
    /// The encoding's version, stored with each checkpoint. Raise it whenever a record's fields
    /// or their order change: checkpoints of another version are ignored and rebuilt.
    public static let format = 7

    public enum Kind: Int, Sendable, CaseIterable {
        case caseRecord = 1, whistle, dispatch, finding
    }

    /// Which record: its kind and id.
    public struct Key: Hashable, Sendable {
        public let kind: Kind
        public let id: String

        public init(_ kind: Kind, _ id: String) {
            self.kind = kind
            self.id = id
        }
    }

    /// One saved record: its kind, id, creation order and bytes. `hot` records are what the
    /// boards show (open cases, and the few others a figure of today may read); a desk restores
    /// them first and the rest, the settled history, after its first frame.
    public struct Item: Sendable {
        public let kind: Kind
        public let id: String
        public let ordinal: Int
        public let bytes: [UInt8]
        public let hot: Bool

        public init(kind: Kind, id: String, ordinal: Int, bytes: [UInt8], hot: Bool = true) {
            self.kind = kind
            self.id = id
            self.ordinal = ordinal
            self.bytes = bytes
            self.hot = hot
        }
    }

    /// A settled case from a checkpoint item's bytes (see `Item.hot`). Throws `ArchiveError`.
    public static func settledCase(_ bytes: UnsafeRawBufferPointer) throws -> Case {
        var r = ArchiveReader(bytes)
        let item = try Case(archive: &r)
        guard r.isAtEnd else { throw ArchiveError.malformed("trailing bytes after \(item.id)") }
        return item
    }

    public static func header(_ state: DeskState) -> [UInt8] {
        var w = ArchiveWriter()
        w.optional(state.street) { $0.string(EventCoding.encode(.streetConfigured($1.profile))) }
        w.int(state.lastSeq)
        w.optional(state.lastAt) { $0.date($1) }
        let c = state.counts
        for n in [c.cases, c.whistles, c.dispatches, c.findings, c.handovers] { w.int(n) }
        w.array(state.handovers) { w, h in
            w.id(h.id); w.string(h.note); w.string(h.from); w.string(h.to); w.date(h.at)
            w.optional(h.acknowledgedAt) { $0.date($1) }
        }
        w.optional(state.handoverSnapshot) { w, s in
            w.id(s.handover); w.date(s.at)
            for listing in [s.overdue, s.dueNextShift] { w.int(listing.count); w.array(listing.first) { $0.id($1) } }
            w.int(s.openWhistles.count); w.array(s.openWhistles.first) { $0.id($1) }
            w.int(s.unitsOut.count); w.array(s.unitsOut.first) { $0.id($1) }
        }
        w.array(state.ratings) { w, r in w.id(r.department); w.int(r.score); w.label(r.rater); w.string(r.note); w.date(r.at) }
        w.array(state.refusals) { w, r in
            w.id(r.whistle); w.id(r.department); w.string(r.reason); w.date(r.at); w.string(r.recordedBy); w.int(r.seq)
            w.optional(r.withdrawn) { $0.string($1) }
        }
        w.array(state.activity.sorted { $0.key < $1.key }) { w, day in
            let a = day.value
            w.int(day.key)
            for n in [a.urged, a.returned, a.merged, a.whistles, a.refusals, a.dispatches, a.concluded] { w.int(n) }
        }
        for byDay in [state.whistlesClosedByDay.mapValues { $0.map(\.raw) }, state.dispatchesConcludedByDay.mapValues { $0.map(\.raw) }] {
            w.array(byDay.sorted { $0.key < $1.key }) { w, day in w.int(day.key); w.array(day.value) { $0.string($1) } }
        }
        return w.bytes
    }

    /// The case figures (the per-day ledger and the cases not yet contacted), saved apart from
    /// the header so that a one-command restore, which reads no figure, never reads them; saved
    /// at all so that restoring needs no settled case.
    public static func figures(_ state: DeskState) -> [UInt8] {
        var w = ArchiveWriter()
        state.caseLedger.archive(&w) { $1.archive(&$0) }
        state.officialLedger.archive(&w) { $1.archive(&$0) }
        w.array(state.uncontacted.sorted { $0.key < $1.key }) { w, day in
            w.int(day.key)
            w.array(day.value.sorted()) { $0.id($1) }
        }
        return w.bytes
    }

    /// Every record of `state`, in creation order within each kind.
    public static func items(_ state: DeskState) -> [Item] {
        var items = [Item]()
        forEachItem(state) { items.append($0) }
        return items
    }

    /// Hands over every record of `state` one at a time, so that saving a street's hundred
    /// thousand cases never holds all their bytes at once.
    public static func forEachItem(_ state: DeskState, _ body: (Item) throws -> Void) rethrows {
        func item(_ kind: Kind, _ id: String, _ ordinal: Int, hot: Bool = true, _ write: (inout ArchiveWriter) -> Void) throws {
            var w = ArchiveWriter()
            write(&w)
            try body(Item(kind: kind, id: id, ordinal: ordinal, bytes: w.bytes, hot: hot))
        }
        // The Today board's hotspots read the cases taken in over their two windows, settled or not.
        let recent = state.lastAt.map { $0.addingTimeInterval(-2 * DeskState.hotspotWindow.timeInterval) } ?? .distantFuture
        for (n, id) in state.caseOrder.enumerated() {
            // A settled case changes no board; one never contacted may still turn due today.
            if let r = state.cases[id] {
                try item(.caseRecord, id.raw, n, hot: r.status.isOpen || r.status == .merged || r.contactedAt == nil || r.receivedAt >= recent, r.archive)
            }
        }
        for (n, id) in state.whistleOrder.enumerated() { if let r = state.whistles[id] { try item(.whistle, id.raw, n, r.archive) } }
        for (n, id) in state.dispatchOrder.enumerated() { if let r = state.dispatches[id] { try item(.dispatch, id.raw, n, r.archive) } }
        for (n, id) in state.findingOrder.enumerated() { if let r = state.findings[id] { try item(.finding, id.raw, n, r.archive) } }
    }

    /// The state saved as `header` and `items` (each kind in creation order). With every item
    /// it equals the state that was saved, indexes included; with only some (`complete:
    /// false`), it holds just those records — enough to decide a command that names them.
    /// Throws `ArchiveError` when the bytes are short or malformed.
    public static func restore(header: [UInt8], figures: [UInt8]? = nil, items: [Item], complete: Bool = true) throws -> DeskState {
        var restoration = try header.withUnsafeBytes { try Restoration(header: $0, complete: complete) }
        if let figures { try figures.withUnsafeBytes { try restoration.restoreFigures($0) } }
        for item in items { try item.bytes.withUnsafeBytes { try restoration.add(item.kind, $0, id: item.id) } }
        return restoration.finished()
    }
}

/// A state being put back together from a checkpoint, one record at a time, read in place from
/// the stored bytes.
public struct Restoration {
    private var state = DeskState()
    private let complete: Bool

    /// Starts from the header; `complete` when the indexes are to be rebuilt at the end (every
    /// record follows, or every open one); `reserving` room for every record when all follow.
    /// Throws `ArchiveError`.
    public init(header: UnsafeRawBufferPointer, complete: Bool, reserving: Bool = true) throws {
        self.complete = complete
        var r = ArchiveReader(header)
        if let profileText = try r.optional({ try $0.string() }) {
            guard case .streetConfigured(let profile)? = try? EventCoding.decode(kind: "street.configured", payload: profileText) else {
                throw ArchiveError.malformed("unreadable street profile")
            }
            state.configure(profile)
        }
        state.lastSeq = try r.int64()
        state.lastAt = try r.optional { try $0.date() }
        state.counts = RecordCounts(cases: try r.int(), whistles: try r.int(), dispatches: try r.int(), findings: try r.int(),
                                    handovers: try r.int())
        state.handovers = try r.array { r in
            Handover(id: try r.id(), note: try r.string(), from: try r.string(), to: try r.string(), at: try r.date(),
                     acknowledgedAt: try r.optional { try $0.date() })
        }
        state.handoverSnapshot = try r.optional { r in
            func listing<S>(_ r: inout ArchiveReader) throws -> Listing<ID<S>> { Listing(count: try r.int(), first: try r.array { try $0.id() }) }
            return HandoverSnapshot(handover: try r.id(), at: try r.date(), overdue: try listing(&r), dueNextShift: try listing(&r),
                                    openWhistles: try listing(&r), unitsOut: try listing(&r))
        }
        state.ratings = try r.array { r in
            UtilityRating(department: try r.id(), score: try r.int(), rater: try r.label(), note: try r.string(), at: try r.date())
        }
        state.refusals = try r.array { r in
            Refusal(whistle: try r.id(), department: try r.id(), reason: try r.string(), at: try r.date(), recordedBy: try r.string(),
                    seq: try r.int64(), withdrawn: try r.optional { try $0.string() })
        }
        for (day, a) in try r.array({ r in
            let day = try r.int32()
            var a = DayActivity()
            for count in [\DayActivity.urged, \.returned, \.merged, \.whistles, \.refusals, \.dispatches, \.concluded] {
                a[keyPath: count] = try r.int()
            }
            return (day, a)
        }) { state.activity[day] = a }
        let byDay: (inout ArchiveReader) throws -> (StreetDay, [String]) = { r in (try r.int32(), try r.array { try $0.string() }) }
        for (day, ids) in try r.array(byDay) { state.whistlesClosedByDay[day] = ids.map { WhistleID($0) } }
        for (day, ids) in try r.array(byDay) { state.dispatchesConcludedByDay[day] = ids.map { DispatchID($0) } }
        guard r.isAtEnd else { throw ArchiveError.malformed("trailing bytes after the header") }
        if complete, reserving { state.reserve(state.counts) }
    }

    /// The case figures saved by `StateArchive.figures`. Throws `ArchiveError`.
    public mutating func restoreFigures(_ bytes: UnsafeRawBufferPointer) throws {
        var r = ArchiveReader(bytes)
        state.caseLedger = try DayLedger(archive: &r, slots: state.street?.slotCount ?? 0) { try CaseTally(archive: &$0) }
        state.officialLedger = try DayLedger(archive: &r, slots: state.street?.slotCount ?? 0) { try OfficialTally(archive: &$0) }
        for (day, ids) in try r.array({ r in (try r.int32(), try r.array { try $0.id() as CaseID }) }) {
            state.uncontacted[day] = Set(ids)
        }
        guard r.isAtEnd else { throw ArchiveError.malformed("trailing bytes after the figures") }
    }

    /// Adds one record, read from `bytes`. Throws `ArchiveError`.
    public mutating func add(_ kind: StateArchive.Kind, _ bytes: UnsafeRawBufferPointer, id: String) throws {
        var r = ArchiveReader(bytes)
        switch kind {
        case .caseRecord: state.restore(try Case(archive: &r))
        case .whistle: state.restore(try Whistle(archive: &r))
        case .dispatch: state.restore(try Dispatch(archive: &r))
        case .finding: state.restore(try PatrolFinding(archive: &r))
        }
        guard r.isAtEnd else { throw ArchiveError.malformed("trailing bytes after \(id)") }
    }

    public func finished() -> DeskState {
        var state = state
        if complete { state.rebuildIndexes() }
        return state
    }
}
