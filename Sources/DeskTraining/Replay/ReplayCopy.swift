import DeskCore
import Foundation

/// A real journal's entries made fit for a practice journal (`streetdesk replay`): complainants'
/// phones and names masked, and every record renumbered in the practice journal's own sequence,
/// so that an item the trainee creates and a real one arriving later never share a number.
public struct ReplayCopy: Sendable {
    /// The real journal's ids (C0351) and the practice journal's (C0007) for the records copied so far.
    public private(set) var ids: [String: String] = [:]

    public init() {}

    /// `event` as the practice journal takes it, the records it creates numbered after `counts`
    /// (the practice journal's); nil for what a replay leaves out: the street's configuration,
    /// another training mark, and the privacy log's reveals.
    public mutating func copy(_ event: DeskEvent, counts: RecordCounts) -> DeskEvent? {
        switch event {
        case .streetConfigured, .practiceStarted, .phoneRevealed, .logRevealed: return nil
        default: break
        }
        if let source = event.subject, let created = Self.created(event, counts: counts) { ids[source] = created }
        guard let object = try? JSONSerialization.jsonObject(with: Data(EventCoding.encode(event).utf8)),
              let data = try? JSONSerialization.data(withJSONObject: rewrite(object, key: nil)) else { return nil }
        return try? EventCoding.decode(kind: event.kind, payload: String(decoding: data, as: UTF8.self))
    }

    /// The id the practice journal gives a record `event` creates; nil when it creates none.
    static func created(_ event: DeskEvent, counts: RecordCounts) -> String? {
        switch event {
        case .caseTakenIn: CaseID.numbered("C", counts.cases + 1).raw
        case .whistleBlown: WhistleID.numbered("W", counts.whistles + 1).raw
        case .dispatchCreated: DispatchID.numbered("D", counts.dispatches + 1).raw
        case .findingRecorded: FindingID.numbered("P", counts.findings + 1).raw
        case .handoverSigned: HandoverID.numbered("H", counts.handovers + 1).raw
        default: nil
        }
    }

    /// Ids renumbered, phones and names masked, in every string of the payload.
    private func rewrite(_ value: Any, key: String?) -> Any {
        switch value {
        case let object as [String: Any]: return object.reduce(into: [String: Any]()) { $0[$1.key] = rewrite($1.value, key: $1.key) }
        case let list as [Any]: return list.map { rewrite($0, key: key) }
        case let text as String:
            if let id = ids[text] { return id }
            switch key {
            case "phone": return Self.maskedPhone(text)
            case "order": return text  // the hotline's order number: no one's number
            default: return Self.masked(text)
            }
        default: return value
        }
    }

    /// 13800005555 → 138****5555, as the desk shows a number it has not revealed.
    static func maskedPhone(_ phone: String) -> String {
        let digits = Array(phone)
        guard digits.count > 7 else { return String(repeating: "*", count: digits.count) }
        return String(digits.prefix(3)) + String(repeating: "*", count: digits.count - 7) + String(digits.suffix(4))
    }

    /// Free text with the phone numbers in it (runs of 7 to 12 digits) masked, and a
    /// complainant's name given with an honorific (王先生, 李阿姨) reduced to 某先生, 某阿姨.
    /// Other names in free text are not found.
    static func masked(_ text: String) -> String {
        var text = text
        for match in text.matches(of: /\d+/).reversed() where (7...12).contains(match.output.count) {
            text.replaceSubrange(match.range, with: maskedPhone(String(match.output)))
        }
        return text.replacing(/\p{Han}(?<honorific>先生|女士|小姐|阿姨|大爷|大妈)/) { "某" + $0.output.honorific }
    }
}
