import DeskCore
import Foundation

/// A `/` filter over open cases: plain words, searched in each case's key, and field prefixes
/// — `state:overdue` (due-soon, on-track), `dept:环卫` (a department's name or id), `grid:海棠`
/// (a grid's name or code digits), `type:complaint` (or 投诉), `tag:供暖` (a theme's name or id)
/// — each naming what it matches once, so that checking a case is a look at its queue entry or one lookup of the case.
/// A prefix it does not know is a plain word; a known one with nothing after it matches all.
struct CaseFilter {
    enum Field: Equatable {
        case state(Set<DeadlineState>)
        case department(Set<DepartmentID>)
        case grid(Set<GridCode>)
        case type(Set<RequestType>)
        case theme(Set<ThemeID>)
    }

    let fields: [Field]
    /// The words without a prefix.
    let text: String

    init(_ filter: String, street: Street) {
        var fields = [Field]()
        var words = [Substring]()
        for word in filter.split(separator: " ") {
            if let field = Self.field(word, street: street) { fields += field } else { words.append(word) }
        }
        self.fields = fields
        text = words.joined(separator: " ")
    }

    /// Whether `entry` has every field; `item` is read only when a field needs the case.
    func admits(_ entry: OpenQueue.Entry, now: Date, item: () -> Case?) -> Bool {
        var read: Case??
        for field in fields {
            if case .state(let states) = field {
                guard states.contains(entry.state(at: now)) else { return false }
                continue
            }
            if read == nil { read = .some(item()) }
            guard let item = read!, field.admits(item) else { return false }
        }
        return true
    }

    /// The fields of `word` if it starts with a known prefix (`dept:`, or `部门：` typed in Chinese):
    /// an empty list while its value is still to be typed.
    private static func field(_ word: Substring, street: Street) -> [Field]? {
        guard let colon = word.firstIndex(where: { $0 == ":" || $0 == "：" }),
              let prefix = Prefix(word[..<colon].lowercased()) else { return nil }
        let value = String(word[word.index(after: colon)...]).lowercased()
        guard !value.isEmpty else { return [] }
        return [prefix.field(value, street: street)]
    }
}

extension CaseFilter.Field {
    func admits(_ item: Case) -> Bool {
        switch self {
        case .state: true  // read from the queue entry
        case .department(let ids): item.departments.contains(where: ids.contains)
        case .grid(let codes): codes.contains(item.grid)
        case .type(let types): types.contains(item.type)
        case .theme(let ids): item.tags.contains(where: ids.contains)
        }
    }
}

/// The field prefixes the `/` filter knows, in English and Chinese.
private enum Prefix {
    case state, department, grid, type, theme

    init?(_ text: String) {
        switch text {
        case "state", "状态": self = .state
        case "dept", "department", "部门": self = .department
        case "grid", "网格": self = .grid
        case "type", "类型": self = .type
        case "tag", "theme", "主题": self = .theme
        default: return nil
        }
    }

    /// What `value` (lower-cased) names: everything whose name, id or label contains it.
    func field(_ value: String, street: Street) -> CaseFilter.Field {
        switch self {
        case .state:
            .state(Set(DeadlineState.allCases.filter { $0 != .none && Self.names($0, [Self.slug($0)]).contains(value) }))
        case .department:
            .department(Set(street.profile.departments.filter { ($0.name + " " + $0.id.raw).lowercased().contains(value) }.map(\.id)))
        case .grid:
            .grid(Set(street.profile.grids.filter { ($0.name + " " + $0.code.digits).lowercased().contains(value) }.map(\.code)))
        case .type:
            .type(Set(RequestType.allCases.filter { Self.names($0, [$0.rawValue]).contains(value) }))
        case .theme:
            .theme(Set(street.themes.filter { ($0.name + " " + $0.id.raw).lowercased().contains(value) }.map(\.id)))
        }
    }

    /// `due-soon`: how a deadline state is typed.
    private static func slug(_ state: DeadlineState) -> String {
        switch state {
        case .none: "none"
        case .onTrack: "on-track"
        case .dueSoon: "due-soon"
        case .overdue: "overdue"
        }
    }

    private static func names(_ item: some Labelled, _ others: [String]) -> String {
        ([item.label.zh, item.label.en] + others).joined(separator: " ").lowercased()
    }
}
