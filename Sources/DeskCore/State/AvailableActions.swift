import Foundation

/// The actions the rules would consider on an item now, by palette name: what a detail pane
/// offers. The rules in `decide` remain the judge; this only keeps dead ends off the screen.
extension DeskState {
    public func availableActions(for item: Case, at now: Date) -> [String] {
        var names = [String]()
        let open = item.status.isOpen
        if open {
            if item.resolvedAt == nil { names += ["route", "contact"] }
            names += ["progress", "urge", "whistle", "dispatch", "merge"]
            if item.routing != nil, item.resolvedAt == nil { names.append("resolve") }
            if item.resolvedAt == nil, now <= item.resolveBy { names.append("extend") }
            if item.resolvedAt == nil, now <= item.respondBy { names.append("return") }
            names.append("feedback")
            if item.feedbackAt != nil { names.append("close") }
        }
        if item.feedbackAt != nil, item.status == .resolved || item.status == .closed { names.append("callback") }
        if let callback = item.callback, !callback.solved, item.status == .resolved || item.status == .closed {
            names.append("reopen")
        }
        if item.phone != nil { names.append("reveal-phone") }
        return names
    }

    public func availableActions(for whistle: Whistle) -> [String] {
        guard whistle.isOpen, let street else { return [] }
        let states = Set(whistle.summons.map(\.state))
        var names = [String]()
        if states.contains(.summoned) { names.append("report-in") }
        if states.contains(.reportedIn) { names.append("act") }
        if !states.isDisjoint(with: [.reportedIn, .acting]) { names.append("finish") }
        if !states.isDisjoint(with: [.summoned, .reportedIn, .acting]) { names.append("refuse") }
        if (try? Rules(state: self, street: street, now: .distantFuture).closeWhistle(whistle.id, "")) != nil {
            names.append("close-whistle")
        }
        return names
    }

    public func availableActions(for dispatch: Dispatch) -> [String] {
        guard dispatch.isOpen else { return [] }
        return dispatch.units.allSatisfy { $0.status == .cleared } ? ["conclude"] : ["unit-status"]
    }
}
