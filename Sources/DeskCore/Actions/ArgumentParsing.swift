import Foundation

/// Typed readers over `ActionArguments`: each turns text into a domain value or names the
/// field and what it expected.
extension ActionArguments {
    func string(_ name: String) -> String { text(name) ?? "" }

    /// The field's label; an unknown name is shown as the option typed.
    func label(_ name: String) -> Phrase { labels[name] ?? Phrase("--" + name, "--" + name) }

    func required(_ name: String) throws(DeskError) -> String {
        guard let value = text(name) else { throw .missing(field: label(name)) }
        return value
    }

    func choice<T: RawRepresentable & CaseIterable & Labelled>(_ name: String, _: T.Type) throws(DeskError) -> T?
    where T.RawValue == String {
        guard let text = text(name) else { return nil }
        guard let value = T(rawValue: text.lowercased()) ?? T.allCases.first(where: { $0.label.zh == text || $0.label.en == text }) else {
            throw .invalidValue(field: label(name), value: text, expected: .oneOf(ActionSpec.Choice.all(of: T.self)))
        }
        return value
    }

    /// A Chinese label (`投诉`) is as good as the ASCII name (`complaint`).
    func requiredChoice<T: RawRepresentable & CaseIterable & Labelled>(_ name: String, _ type: T.Type) throws(DeskError) -> T
    where T.RawValue == String {
        guard let value = try choice(name, type) else { throw .missing(field: label(name)) }
        return value
    }

    func gridCode(_ name: String) throws(DeskError) -> GridCode? {
        guard let text = text(name) else { return nil }
        let digits = text.filter { $0 != " " }
        if digits.count == 6, let streetCode, let code = GridCode(streetCode + digits) { return code }
        guard let code = GridCode(digits) else { throw .badGridCode(text) }
        return code
    }

    func requiredGrid(_ name: String) throws(DeskError) -> GridCode {
        guard let code = try gridCode(name) else { throw .missing(field: label(name)) }
        return code
    }

    func id<T>(_ name: String) -> ID<T>? { text(name).map { ID($0.uppercased()) } }

    func subjectID<T>() throws(DeskError) -> ID<T> {
        guard let subject, !subject.isEmpty else { throw .missing(field: FieldLabel.id) }
        return ID(subject.uppercased())
    }

    func departmentIDs(_ name: String) -> [DepartmentID] { values(name).map { DepartmentID($0) } }

    func timeSpan(_ name: String) throws(DeskError) -> TimeSpan {
        let text = try required(name)
        guard let span = TimeSpan(parsing: text) else {
            throw .invalidValue(field: label(name), value: text, expected: .timeSpan)
        }
        return span
    }

    func yesNo(_ name: String) throws(DeskError) -> Bool {
        let text = try required(name)
        switch text.lowercased() {
        case "yes", "y", "true", "是", "已解决": return true
        case "no", "n", "false", "否", "未解决": return false
        default: throw .invalidValue(field: label(name), value: text, expected: .oneOf(ActionSpec.Choice.all(of: Solved.self)))
        }
    }

    func integer(_ name: String) throws(DeskError) -> Int {
        let text = try required(name)
        guard let value = Int(text) else { throw .invalidValue(field: label(name), value: text, expected: .wholeNumber) }
        return value
    }

    /// `2026-11-27T14:00:00+08:00`, or `HH:mm` meaning today in the street's zone.
    func dateTime(_ name: String) throws(DeskError) -> Date? {
        guard let text = text(name) else { return nil }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return try TimeBounds.check(date, field: label(name), text: text, now: now) }
        let parts = text.split(separator: ":").compactMap { Int($0) }
        guard parts.count == 2, (0..<24).contains(parts[0]), (0..<60).contains(parts[1]) else {
            throw .invalidValue(field: label(name), value: text, expected: .formats(["HH:mm", "ISO 8601"]))
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(bySettingHour: parts[0], minute: parts[1], second: 0, of: now)
    }
}
