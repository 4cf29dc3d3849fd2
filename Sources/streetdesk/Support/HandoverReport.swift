import DeskCore
import DeskUI
import Foundation

/// The latest shift handover (交接班) as `show --handover` prints it: who handed over to whom,
/// whether it was acknowledged, and what was open at that moment.
struct HandoverReport {
    let state: DeskState
    let zone: TimeZone
    let language: Language

    func text() -> String {
        guard let handover = state.handovers.last, let snapshot = state.handoverSnapshot else {
            return DeskError.noHandover.message(language)
        }
        let zh = language == .zh
        let acknowledged = handover.acknowledgedAt.map { (zh ? "已确认 " : "acknowledged ") + ClockText.stamp($0, in: zone) }
            ?? (zh ? "待确认" : "not yet acknowledged")
        func line<S>(_ zhLabel: String, _ enLabel: String, _ listing: Listing<ID<S>>) -> String {
            let ids = listing.first.map(\.raw).joined(separator: " ") + (listing.count > listing.first.count ? " …" : "")
            return "  \(zh ? zhLabel : enLabel) \(listing.count)" + (ids.isEmpty ? "" : "  " + ids)
        }
        return [
            "\(handover.id)  \(ClockText.stamp(handover.at, in: zone))  \(handover.from) → \(handover.to)  \(acknowledged)",
            "  " + handover.note,
            line("超期工单", "overdue cases", snapshot.overdue),
            line("下一班到期", "due next shift", snapshot.dueNextShift),
            line("在办哨令", "open whistles", snapshot.openWhistles),
            line("力量在场", "units out", snapshot.unitsOut),
        ].map(Sanitize.forDisplay).joined(separator: "\n")
    }

    func json() throws -> String {
        guard let handover = state.handovers.last, let snapshot = state.handoverSnapshot else { return "null" }
        func listing<S>(_ l: Listing<ID<S>>) -> [String: Any] { ["count": l.count, "first": l.first.map(\.raw)] }
        let object: [String: Any] = [
            "id": handover.id.raw, "at": Timestamp.format(handover.at), "from": handover.from, "to": handover.to, "note": handover.note,
            "acknowledgedAt": handover.acknowledgedAt.map(Timestamp.format) ?? NSNull(),
            "overdue": listing(snapshot.overdue), "dueNextShift": listing(snapshot.dueNextShift),
            "openWhistles": listing(snapshot.openWhistles), "unitsOut": listing(snapshot.unitsOut),
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }
}
