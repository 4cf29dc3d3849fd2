import DeskCore

/// What to do when the operator is not on the street's staff list.
enum OperatorHint {
    static func staff(_ names: [String]) -> Phrase {
        Phrase("；请用 --operator 或 STREETDESK_OPERATOR 给出值班人员之一：\(names.joined(separator: "、"))",
               "; give one of the staff with --operator or STREETDESK_OPERATOR: \(names.joined(separator: ", "))")
    }
}
