import DeskCore
import Foundation
import Yams

/// One value of a scenario file with where it stands (its key path and line), read by the
/// scenario's own rules so that every problem names the line and key it is about.
struct YAMLField {
    let node: Node
    let path: String
    let file: String

    var line: Int? { node.mark.map(\.line) }

    func fail(_ problem: Phrase) -> ScenarioError { ScenarioError(file: file, line: line, key: path, problem: problem) }

    /// The mapping's fields by key; a key not in `known` is an error naming it and the known ones.
    func mapping(_ known: [String]) throws(ScenarioError) -> Fields {
        guard case .mapping(let mapping) = node else { throw fail(ScenarioText.expectedMapping) }
        var fields = [String: YAMLField]()
        for (key, value) in mapping {
            let name = key.string ?? ""
            let here = YAMLField(node: key, path: child(name), file: file)
            guard known.contains(name) else { throw here.fail(ScenarioText.unknownKey(name, known: known.sorted())) }
            fields[name] = YAMLField(node: value, path: here.path, file: file)
        }
        return Fields(owner: self, fields: fields)
    }

    func list() throws(ScenarioError) -> [YAMLField] {
        guard case .sequence(let items) = node else { throw fail(ScenarioText.expectedList) }
        return items.enumerated().map { YAMLField(node: $1, path: path + "[\($0)]", file: file) }
    }

    func string() throws(ScenarioError) -> String {
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty else { throw fail(ScenarioText.expectedText) }
        return scalar.string
    }

    func int() throws(ScenarioError) -> Int {
        guard let value = Int(try string()) else { throw fail(ScenarioText.expectedWholeNumber) }
        return value
    }

    func span() throws(ScenarioError) -> TimeSpan {
        let text = try string()
        guard let span = TimeSpan(parsing: text) else { throw fail(ScenarioText.notATimeSpan(text)) }
        return span
    }

    func choice<T: RawRepresentable & CaseIterable>(_ type: T.Type) throws(ScenarioError) -> T where T.RawValue == String {
        let text = try string()
        guard let value = T(rawValue: text) else { throw fail(ScenarioText.notOneOf(text, T.allCases.map(\.rawValue))) }
        return value
    }

    /// `{ zh: …, en: … }`: words in both languages.
    func phrase() throws(ScenarioError) -> Phrase {
        let fields = try mapping(["zh", "en"])
        return Phrase(try fields.required("zh").string(), try fields.required("en").string())
    }

    /// An ISO 8601 time with its offset: `2026-03-02T09:00:00+08:00`.
    func date() throws(ScenarioError) -> Date {
        let text = try string()
        let formatter = ISO8601DateFormatter()
        guard let date = formatter.date(from: text) else { throw fail(ScenarioText.notATime(text)) }
        return date
    }

    private func child(_ key: String) -> String { path.isEmpty ? key : path + "." + key }

    /// A mapping's fields, for required and optional keys.
    struct Fields {
        let owner: YAMLField
        let fields: [String: YAMLField]

        subscript(_ key: String) -> YAMLField? { fields[key] }

        var place: Place {
            Place(file: owner.file, path: owner.path, lines: fields.compactMapValues(\.line))
        }

        func required(_ key: String) throws(ScenarioError) -> YAMLField {
            guard let field = fields[key] else {
                let path = owner.path.isEmpty ? key : owner.path + "." + key
                throw ScenarioError(file: owner.file, line: owner.line, key: path, problem: ScenarioText.missingKey)
            }
            return field
        }
    }
}
