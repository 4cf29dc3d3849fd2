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
        let acknowledged = (handover.acknowledgedAt.map { CommandText.acknowledged(ClockText.stamp($0, in: zone)) }
            ?? CommandText.notYetAcknowledged)(language)
        func line<S>(_ label: Phrase, _ listing: Listing<ID<S>>) -> String {
            let ids = listing.first.map(\.raw).joined(separator: " ") + (listing.count > listing.first.count ? " …" : "")
            return "  \(label(language)) \(listing.count)" + (ids.isEmpty ? "" : "  " + ids)
        }
        return [
            "\(handover.id)  \(ClockText.stamp(handover.at, in: zone))  \(handover.from) → \(handover.to)  \(acknowledged)",
            "  " + handover.note,
            line(CommandText.overdueCases, snapshot.overdue),
            line(CommandText.dueNextShift, snapshot.dueNextShift),
            line(CommandText.openWhistlesLabel, snapshot.openWhistles),
            line(CommandText.unitsOut, snapshot.unitsOut),
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
