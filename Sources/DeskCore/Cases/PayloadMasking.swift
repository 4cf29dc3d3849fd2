import Foundation

extension PhoneNumber {
    /// An entry's payload with its complainant's number masked (`masked`), for printing the journal; the
    /// payload as it is when it holds no number. A payload that names a phone but does not parse is
    /// not printed at all: it is replaced by a note saying so.
    public static func masking(payload: String) -> String {
        guard payload.contains(#""phone""#) else { return payload }
        guard var object = (try? JSONSerialization.jsonObject(with: Data(payload.utf8))) as? [String: Any],
              let data = try? JSONSerialization.data(withJSONObject: masking(&object), options: [.sortedKeys, .withoutEscapingSlashes])
        else { return #"{"masked":"unreadable payload"}"# }
        return String(decoding: data, as: UTF8.self)
    }

    private static func masking(_ object: inout [String: Any]) -> [String: Any] {
        if let phone = object["phone"] as? String { object["phone"] = masked(phone) }
        return object
    }
}
