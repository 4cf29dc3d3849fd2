import DeskCore
import DeskUI
import Foundation

/// `hotspots` as text for people or JSON for tools; phone numbers always masked.
struct HotspotsText {
    let hotspots: Hotspots
    let street: Street
    let range: Range<Date>

    func text(_ language: Language) -> String {
        func name(_ spot: Hotspot, caller: Bool) -> String {
            let place = spot.place.map { caller ? PhoneNumber.masked($0) : GridCode($0).map(street.gridName) ?? $0 }
            let category = spot.category.map { street.categories[$0]?.path ?? $0.raw }
            return Sanitize.forDisplay([category, place].compactMap { $0 }.joined(separator: " @ "))
        }
        func section(_ heading: Phrase, _ spots: [Hotspot], caller: Bool = false) -> [String] {
            ["", heading(language)] + (spots.isEmpty ? [ReportText.noneRepeated(language)] : spots.map { spot in
                "  " + name(spot, caller: caller) + "  " + ReportText.hotspotCounts(spot.count, before: spot.before)(language)
                    + "  " + spot.cases.map(\.raw).joined(separator: " ")
            })
        }
        let (from, to) = (ClockText.stamp(range.lowerBound, in: street.timeZone), ClockText.stamp(range.upperBound, in: street.timeZone))
        return ([ReportText.hotspotsTitle(street.name, from, to)(language)]
                + section(ReportText.clustersHeading, hotspots.clusters)
                + section(ReportText.callersHeading, hotspots.callers, caller: true)
                + section(ReportText.addressesHeading, hotspots.addresses)).joined(separator: "\n")
    }

    func json() throws -> String {
        func list(_ spots: [Hotspot], caller: Bool = false) -> [[String: Any]] {
            spots.map { spot in
                ["category": spot.category?.raw ?? NSNull(), "place": spot.place.map { caller ? PhoneNumber.masked($0) : $0 } ?? NSNull(),
                 "count": spot.count, "before": spot.before, "trend": spot.trend, "cases": spot.cases.map(\.raw)]
            }
        }
        let object: [String: Any] = [
            "from": Timestamp.format(range.lowerBound), "to": Timestamp.format(range.upperBound),
            "clusters": list(hotspots.clusters), "callers": list(hotspots.callers, caller: true), "addresses": list(hotspots.addresses),
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }
}
