import DeskCore
import Foundation
import Yams

extension Scenario {
    /// Reads a scenario file's text; `file` names it in errors. Checks the format alone: what
    /// it refers to in a street is checked by `check(against:)`.
    public static func parse(yaml: String, file: String) throws(ScenarioError) -> Scenario {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: yaml) else {
                throw ScenarioError(file: file, line: nil, key: "(top level)", problem: ScenarioText.empty)
            }
            root = node
        } catch let error as ScenarioError {
            throw error
        } catch {
            throw ScenarioError(file: file, line: (error as? YamlError)?.line, key: "(top level)",
                                problem: ScenarioText.malformed("\(error)"))
        }
        let top = YAMLField(node: root, path: "", file: file)
        let fields = try top.mapping(["format", "id", "title", "level", "articles", "summary", "profile", "start", "length",
                                      "role", "setup", "injects", "expect"])
        let format = try fields.required("format")
        guard try format.int() == Scenario.format else { throw format.fail(ScenarioText.unknownFormat(Scenario.format)) }
        return Scenario(
            format: Scenario.format,
            id: try fields.required("id").string(),
            title: try fields.required("title").phrase(),
            level: try fields.required("level").choice(Level.self),
            articles: try fields["articles"]?.list().map { (item) throws(ScenarioError) in try item.int() } ?? [],
            summary: try fields.required("summary").phrase(),
            profile: try fields["profile"]?.string(),
            start: try fields.required("start").date(),
            length: try fields.required("length").span(),
            role: try fields["role"]?.choice(StaffRole.self),
            setup: try lines(fields["setup"], timed: false),
            injects: try lines(fields["injects"], timed: true),
            expect: try fields.required("expect").list().map { (item) throws(ScenarioError) in try expectation(item) })
    }

    private static func lines(_ field: YAMLField?, timed: Bool) throws(ScenarioError) -> [ScriptLine] {
        guard let field else { return [] }
        return try field.list().map { (item) throws(ScenarioError) in
            let fields = try item.mapping(timed ? ["at", "by", "do", "as"] : ["by", "do", "as"])
            return ScriptLine(at: timed ? try fields.required("at").span() : nil, by: try fields["by"]?.string(),
                              line: try fields.required("do").string(), label: try fields["as"]?.string(),
                              place: fields.place)
        }
    }

    private static func expectation(_ item: YAMLField) throws(ScenarioError) -> Expectation {
        let fields = try item.mapping(["action", "on", "within", "after", "outcome", "department", "article", "rule",
                                       "points", "as", "note"])
        let expectation = Expectation(
            action: try fields.required("action").string(), on: try fields["on"]?.string(),
            within: try fields.required("within").span(), after: try fields["after"]?.string(),
            outcome: try fields["outcome"]?.string(), department: try fields["department"]?.string(),
            article: try fields["article"]?.int(), rule: try fields["rule"]?.phrase(),
            points: try fields.required("points").int(), label: try fields["as"]?.string(), note: try fields["note"]?.phrase(),
            place: fields.place)
        if expectation.article == nil, expectation.rule == nil { throw item.fail(ScenarioText.noSource) }
        return expectation
    }
}

extension YamlError {
    /// Where the parser stopped, when it says.
    fileprivate var line: Int? {
        switch self {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _): mark.line
        default: nil
        }
    }
}
