/// Open311 records written as the specification's JSON (an array of objects) or XML
/// (`<services><service>…` or `<service_requests><request>…`).
public enum Open311Writer {
    public enum Document: Sendable {
        case services, requests

        var names: (list: String, item: String) {
            switch self {
            case .services: ("services", "service")
            case .requests: ("service_requests", "request")
            }
        }
    }

    public static func write(_ records: [Open311Export.Record], as document: Document, format: Open311Format) -> String {
        switch format {
        case .json: json(records)
        case .xml: xml(records, document.names)
        }
    }

    private static func json(_ records: [Open311Export.Record]) -> String {
        guard !records.isEmpty else { return "[]" }
        let objects = records.map { record in
            "  {\n" + record.map { "    \(quoted($0.field)): \(json($0.value))" }.joined(separator: ",\n") + "\n  }"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    private static func json(_ value: Open311Export.Value) -> String {
        switch value {
        case .text(let text): text.map(quoted) ?? "null"
        case .number(let number): number ?? "null"
        case .flag(let flag): flag ? "true" : "false"
        }
    }

    /// A JSON string: quotes, backslashes and C0 controls escaped (the output's sanitizer escapes
    /// the other invisible characters).
    private static func quoted(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20: out += "\\u" + hex(scalar.value, 4)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    private static func xml(_ records: [Open311Export.Record], _ names: (list: String, item: String)) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<\(names.list)>\n"
        for record in records {
            out += "  <\(names.item)>\n"
            for (field, value) in record {
                let text: String = switch value {
                case .text(let text): text.map(escaped) ?? ""
                case .number(let number): number ?? ""
                case .flag(let flag): flag ? "true" : "false"
                }
                out += "    <\(field)>\(text)</\(field)>\n"
            }
            out += "  </\(names.item)>\n"
        }
        return out + "</\(names.list)>"
    }

    /// XML text: markup characters as entities; controls, bidi and zero-width characters as
    /// character references (so that a terminal shows none of them raw); the C0 controls XML 1.0
    /// cannot carry at all become U+FFFD.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case _ where v < 0x20: out += v == 0x0D ? "&#xD;" : "\u{FFFD}"
            case _ where (0x7F...0x9F).contains(v) || (0x200B...0x200F).contains(v) || (0x2028...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0xFEFF:
                out += "&#x" + hex(v, 1) + ";"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    private static func hex(_ value: UInt32, _ width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
