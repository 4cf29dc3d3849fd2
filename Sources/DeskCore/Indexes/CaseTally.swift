/// One scope's cases on one street day: the counts behind 三率 (Art 43) and the day's figures.
public struct CaseTally: DayTally {
    /// Requests whose respond-by fell on the day (returned and merged cases and the street's
    /// own proactive cases never count in the rates).
    public var due: Int32 = 0
    /// Of those, not yet contacted: they count as due only once their respond-by has passed.
    public var dueUncontacted: Int32 = 0
    public var respondedOnTime: Int32 = 0
    /// By the day of the call-back.
    public var calledBack: Int32 = 0
    public var solved: Int32 = 0
    public var satisfied: Int32 = 0
    /// By the day taken in, resolved, closed (every case, returned and merged too).
    public var takenIn: Int32 = 0
    public var resolved: Int32 = 0
    public var closed: Int32 = 0
    /// Of `takenIn`, the cases the street found itself (patrol, walk-in): 主动治理.
    public var proactive: Int32 = 0

    public init() {}

    func archive(_ w: inout ArchiveWriter) {
        for n in [due, dueUncontacted, respondedOnTime, calledBack, solved, satisfied, takenIn, resolved, closed, proactive] { w.int(n) }
    }

    init(archive r: inout ArchiveReader) throws {
        (due, dueUncontacted, respondedOnTime) = (try r.int32(), try r.int32(), try r.int32())
        (calledBack, solved, satisfied) = (try r.int32(), try r.int32(), try r.int32())
        (takenIn, resolved, closed, proactive) = (try r.int32(), try r.int32(), try r.int32(), try r.int32())
    }

    public static func + (a: CaseTally, b: CaseTally) -> CaseTally {
        var s = a
        s.due += b.due
        s.dueUncontacted += b.dueUncontacted
        s.respondedOnTime += b.respondedOnTime
        s.calledBack += b.calledBack
        s.solved += b.solved
        s.satisfied += b.satisfied
        s.takenIn += b.takenIn
        s.resolved += b.resolved
        s.closed += b.closed
        s.proactive += b.proactive
        return s
    }
}

/// What one case adds to the ledger. The fold takes a case's mark away before an event
/// changes it and adds the new one after, so the ledger always equals a count over the cases.
struct CaseMark: Equatable {
    var slots: [Int32]
    var countable: Bool
    var respondDay: StreetDay
    var contacted: Bool
    var onTime: Bool
    var callback: (day: StreetDay, solved: Bool, satisfied: Bool)?
    var official: (day: StreetDay, responded: Bool, solved: Bool, satisfied: Bool)?
    var takenInDay: StreetDay
    var proactive: Bool
    var resolvedDay: StreetDay?
    var closedDay: StreetDay?

    init(_ item: Case, street: Street) {
        let calendar = street.calendar
        slots = item.slots
        countable = item.countsInRates
        respondDay = calendar.day(item.respondBy)
        contacted = item.contactedAt != nil
        onTime = item.respondedOnTime
        callback = item.countedCallback(street.callbackRule).map { (calendar.day($0.at), $0.solved, $0.satisfaction.counts) }
        official = item.evaluation.map {
            (calendar.day($0.at), $0.result.responded, $0.result.solved, $0.result.satisfaction.counts)
        }
        takenInDay = calendar.day(item.receivedAt)
        proactive = !item.source.isRequest
        resolvedDay = item.resolvedAt.map(calendar.day)
        closedDay = item.status == .closed ? item.closedAt.map(calendar.day) : nil
    }

    static func == (a: CaseMark, b: CaseMark) -> Bool {
        a.slots == b.slots && a.countable == b.countable && a.respondDay == b.respondDay && a.contacted == b.contacted
            && a.onTime == b.onTime && a.callback?.day == b.callback?.day && a.callback?.solved == b.callback?.solved
            && a.callback?.satisfied == b.callback?.satisfied && a.official?.day == b.official?.day
            && a.official?.responded == b.official?.responded && a.official?.solved == b.official?.solved
            && a.official?.satisfied == b.official?.satisfied && a.takenInDay == b.takenInDay && a.proactive == b.proactive
            && a.resolvedDay == b.resolvedDay && a.closedDay == b.closedDay
    }

    /// Adds (`sign` 1) or takes away (`sign` -1) this mark.
    func post(_ sign: Int32, to ledger: inout DayLedger<CaseTally>, official officialLedger: inout DayLedger<OfficialTally>) {
        for slot in slots.lazy.map(Int.init) {
            if countable {
                ledger.change(slot, respondDay) {
                    $0.due += sign
                    if !contacted { $0.dueUncontacted += sign }
                    if onTime { $0.respondedOnTime += sign }
                }
                if let callback {
                    ledger.change(slot, callback.day) {
                        $0.calledBack += sign
                        if callback.solved { $0.solved += sign }
                        if callback.satisfied { $0.satisfied += sign }
                    }
                }
                if let official {
                    officialLedger.change(slot, official.day) {
                        $0.evaluated += sign
                        if official.responded { $0.responded += sign }
                        if official.solved { $0.solved += sign }
                        if official.satisfied { $0.satisfied += sign }
                    }
                }
            }
            ledger.change(slot, takenInDay) {
                $0.takenIn += sign
                if proactive { $0.proactive += sign }
            }
            if let resolvedDay { ledger.change(slot, resolvedDay) { $0.resolved += sign } }
            if let closedDay { ledger.change(slot, closedDay) { $0.closed += sign } }
        }
    }
}

/// The hotline centre's call-backs of one scope on one street day, by the day of the latest: how
/// many, and how many found the case responded, solved and satisfied (满意 + 基本满意). A ledger
/// of its own, so that the many scope-days without any cost no bytes in the case ledger.
public struct OfficialTally: DayTally {
    public var evaluated: Int32 = 0
    public var responded: Int32 = 0
    public var solved: Int32 = 0
    public var satisfied: Int32 = 0

    public init() {}

    func archive(_ w: inout ArchiveWriter) { for n in [evaluated, responded, solved, satisfied] { w.int(n) } }

    init(archive r: inout ArchiveReader) throws {
        (evaluated, responded, solved, satisfied) = (try r.int32(), try r.int32(), try r.int32(), try r.int32())
    }

    public static func + (a: OfficialTally, b: OfficialTally) -> OfficialTally {
        var s = a
        s.evaluated += b.evaluated
        s.responded += b.responded
        s.solved += b.solved
        s.satisfied += b.satisfied
        return s
    }
}
