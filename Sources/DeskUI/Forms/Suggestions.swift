import Foundation
import DeskCore

/// A value a pick list offers: what is stored, and what the officer reads.
public struct Suggestion: Equatable, Sendable {
    public let value: String
    public let label: String
}

/// Pick lists for grids, categories, departments and choices, filtered as the officer types:
/// by id, by code (a grid's last six digits too), by any part of the Chinese name, or by its
/// pinyin or pinyin initials.
enum Suggestions {
    /// How many cases a case pick list offers.
    static let caseRows = 100

    static func all(for parameter: ActionSpec.Parameter, in view: FrameContext, near item: ItemRef?) -> [Suggestion]? {
        let street = view.street
        switch parameter.kind {
        case .choice(let choices):
            return choices.map { Suggestion(value: $0.value, label: $0.label(view.language)) }
        case .grid:
            return street.gridsInOrder.map { grid in
                Suggestion(value: grid.code.digits, label: "\(grid.name) \(street.communities[grid.community]?.name ?? "")")
            }
        case .category:
            return street.categoryOrder.compactMap { street.categories[$0] }.map { Suggestion(value: $0.id.raw, label: $0.path) }
        case .department:
            // The likeliest first: those on the whistle or dispatch, or for a case those it was
            // routed to and its category's usual department.
            let onItem: [DepartmentID] = switch item {
            case .whistle(let id): view.state.whistles[id]?.summons.map(\.department) ?? []
            case .dispatch(let id), .unit(let id, _): view.state.dispatches[id]?.units.map(\.department) ?? []
            case .caseItem(let id):
                view.state.cases[id].map { item in
                    var ids = item.departments
                    if let usual = street.categories[item.category]?.department, !ids.contains(usual) { ids.append(usual) }
                    return ids
                } ?? []
            default: []
            }
            let rest = street.profile.departments.map(\.id).filter { !onItem.contains($0) }
            return (onItem + rest).map { Suggestion(value: $0.raw, label: street.departmentName($0)) }
        case .theme:
            // On a case that has themes, those first (what untagging takes off); then the
            // month's 每月一题, then the rest in profile order.
            let tags = if case .caseItem(let id)? = item { view.state.cases[id]?.tags ?? [] } else { [ThemeID]() }
            let month = street.monthlyTheme(on: street.calendar.day(view.now)).map { [$0.id] } ?? []
            let order = tags + month + street.themes.map(\.id)
            return order.enumerated().filter { order.firstIndex(of: $0.element) == $0.offset }
                .map { Suggestion(value: $0.element.raw, label: street.themeName($0.element)) }
        case .staffMember:
            // Everyone on the staff list but the officer signing.
            return (street.profile.staff ?? []).filter { $0.name != view.operatorName }
                .map { Suggestion(value: $0.name, label: view.t($0.role.label)) }
        case .caseID:
            // The likeliest: the open cases of the same grid, where a duplicate is usually
            // reported, nearest deadline first; without a case at hand, the head of the queue. A
            // screenful either way, whatever the queue holds; any other id can still be typed.
            let here: [OpenQueue.Entry] = if case .caseItem(let id)? = item, let grid = view.state.cases[id]?.grid {
                (view.state.queueByGrid[grid]?.entries ?? []).filter { $0.id != id }
            } else {
                view.state.queue.entries
            }
            return here.prefix(Self.caseRows).compactMap { entry in
                view.state.cases[entry.id].map { Suggestion(value: $0.id.raw, label: $0.summary) }
            }
        default:
            return nil
        }
    }

    static func matching(_ query: String, in suggestions: [Suggestion]) -> [Suggestion] {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        guard !q.isEmpty else { return suggestions }
        let exact = suggestions.filter { $0.value.lowercased() == q || $0.label == q }
        let prefix = suggestions.filter { $0.value.lowercased().hasPrefix(q) && !exact.contains($0) }
        let rest = suggestions.filter { s in
            !exact.contains(s) && !prefix.contains(s) && (s.value.lowercased().contains(q) || s.label.lowercased().contains(q))
        }
        let spoken = suggestions.filter { s in
            !exact.contains(s) && !prefix.contains(s) && !rest.contains(s) && Pinyin.matches(q, s.label)
        }
        return exact + prefix + rest + spoken
    }
}
