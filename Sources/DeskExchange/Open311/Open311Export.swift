import DeskCore
import Foundation

/// The street as an Open311 GeoReport v2 server would answer `GET services` and `GET requests`
/// (docs/exchange.md): field names, value types and order as the specification gives them.
public enum Open311Export {
    /// One field's value: text (absent: JSON `null`, an empty XML element), a number as written, or a boolean.
    public enum Value: Sendable, Equatable {
        case text(String?)
        case number(String?)
        case flag(Bool)
    }

    public typealias Record = [(field: String, value: Value)]

    /// Each category a case can be filed under, as a service: its code through the profile's
    /// `open311` mapping, its name, its path as the description, the top-level category as group.
    public static func services(_ street: Street) -> [Record] {
        street.categoryOrder.compactMap { street.categories[$0] }.filter(\.isLeaf).map { entry in
            var top = entry
            while let parent = top.parent.flatMap({ street.categories[$0] }) { top = parent }
            return [("service_code", .text(street.open311Code(entry.id))), ("service_name", .text(entry.name)),
                    ("description", .text(entry.path)), ("metadata", .flag(false)), ("type", .text("realtime")),
                    ("keywords", .text(nil)), ("group", .text(top.id == entry.id ? nil : top.name))]
        }
    }

    /// Every case last updated at or after `since` (all when nil), in intake order. A case taken
    /// in from a feed keeps the feed's id, code and fields; its status is the street's (closed once
    /// resolved), and its update time the feed's until the street changed the case after taking it in.
    public static func requests(_ state: DeskState, since: Date?, in zone: TimeZone) -> [Record] {
        guard let street = state.street else { return [] }
        return state.caseOrder.compactMap { id -> Record? in
            guard let item = state.cases[id] else { return nil }
            let feed = item.serviceRequest
            let q = feed?.applied.request
            let updated = updatedAt(item)
            guard since.map({ updated >= $0 }) ?? true else { return nil }
            let agency = item.departments.isEmpty ? street.name : item.departments.map(street.departmentName).joined(separator: "、")
            let requested = q?.requestedAt ?? item.order?.receivedAt ?? item.receivedAt
            return [
                ("service_request_id", .text(q?.requestID ?? id.raw)),
                ("status", .text(item.resolvedAt != nil || !item.status.isOpen ? "closed" : "open")),
                ("status_notes", .text(q.map(\.statusNotes) ?? item.unsolvableReason)),
                ("service_name", .text(q.map(\.serviceName) ?? street.categories[item.category]?.name)),
                ("service_code", .text(q?.serviceCode ?? street.open311Code(item.category))),
                ("description", .text(q.map(\.description) ?? item.summary)),
                ("agency_responsible", .text(q.map(\.agencyResponsible) ?? agency)),
                ("service_notice", .text(q?.serviceNotice)),
                ("requested_datetime", .text(time(requested, in: zone))),
                ("updated_datetime", .text(time(updated, in: zone))),
                ("expected_datetime", .text(time(item.resolveBy, in: zone))),
                ("address", .text(item.address)),
                ("address_id", .text(q?.addressID)),
                ("zipcode", .text(q?.zipcode)),
                ("lat", .number(q?.lat)),
                ("long", .number(q?.long)),
                ("media_url", .text(q?.mediaURL)),
            ]
        }
    }

    /// The last time the street changed the case; for one taken in from a feed and not changed
    /// since, the feed's own update time (or request time, or when it was taken in).
    static func updatedAt(_ item: Case) -> Date {
        let own = ([item.receivedAt, item.contactedAt, item.resolvedAt, item.feedbackAt, item.closedAt, item.callbacks.last?.at,
                    item.evaluation?.at] as [Date?]).compactMap { $0 }.max() ?? item.receivedAt
        guard let feed = item.serviceRequest, own <= feed.at else { return own }
        return feed.applied.request.updatedAt ?? feed.applied.request.requestedAt ?? feed.at
    }

    /// `2010-04-14T22:37:38+08:00`: the specification's w3 format, in the street's zone.
    static func time(_ date: Date, in zone: TimeZone) -> String { ReplyRows.time(date, in: zone) }
}
