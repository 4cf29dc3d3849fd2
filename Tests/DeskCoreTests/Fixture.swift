@testable import DeskCore
import DeskDemo
import Foundation

/// A desk on the demo street at a fixed clock, driven one command at a time.
struct Desk {
    static let profile = try! DemoProfile.load()
    static let start = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18, a fixed moment

    var state = DeskState()
    var now = Desk.start
    var written: [DeskEvent] = []
    /// Every entry folded in, seq 1 first: what a journal would hold.
    var recorded: [Recorded] = []

    init() { try! perform(.configure(Desk.profile)) }

    /// Decides and folds, as the journal session does; returns the events.
    @discardableResult
    mutating func perform(_ command: DeskCommand, by operatorName: String = "李明") throws(DeskError) -> [DeskEvent] {
        let events = try state.decide(command, at: now, by: operatorName)
        for event in events {
            written.append(event)
            recorded.append(Recorded(seq: Int64(written.count), at: now, operatorName: operatorName, console: "test", event: event))
            state.apply(recorded[recorded.count - 1])
        }
        return events
    }

    /// Runs a palette/CLI action by name with string values.
    @discardableResult
    mutating func action(_ name: String, _ subject: String? = nil, _ values: [String: [String]] = [:]) throws(DeskError) -> [DeskEvent] {
        let args = ActionArguments(subject: subject, values: values, streetCode: Desk.profile.street.code,
                                   now: now, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
        guard let spec = ActionCatalog.named(name) else { throw .invalidValue(field: FieldLabel.action, value: name, expected: .listed(ActionCatalog.all.map(\.name))) }
        return try perform(try spec.command(args))
    }

    mutating func advance(_ span: TimeSpan) { now = now + span }

    /// A case's timeline as a detail reads it: its entries' seqs looked up in the journal.
    func timeline(_ id: CaseID) -> [Recorded] {
        (state.cases[id]?.entries ?? []).map { recorded[Int($0) - 1] }
    }

    /// Takes in a general complaint in the first grid and returns its id.
    mutating func intake(category: String = "env.garbage", summary: String = "3号楼垃圾无人清运") throws(DeskError) -> CaseID {
        let events = try action("intake", nil, ["type": ["complaint"], "category": [category],
                                                 "grid": ["110101099001001"], "summary": [summary], "phone": ["13812345678"]])
        guard case .caseTakenIn(let e) = events.first else { fatalError("intake made no case") }
        return e.id
    }

    /// Takes `id` through contact, triage, resolution and feedback to closed, all at once.
    mutating func settle(_ id: CaseID) throws(DeskError) {
        try action("contact", id.raw)
        try action("route", id.raw, ["outcome": ["handle"]])
        try action("resolve", id.raw)
        try action("feedback", id.raw, ["note": ["已告知"]])
        try action("close", id.raw)
    }

    func refuses(_ command: DeskCommand, by operatorName: String = "李明") -> DeskError? {
        do { _ = try state.decide(command, at: now, by: operatorName); return nil } catch { return error }
    }
}

let grid1 = GridCode("110101099001001")!
