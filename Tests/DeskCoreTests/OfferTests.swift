@testable import DeskCore
import DeskDemo
import Foundation
import Testing

/// What the desk offers (keys, a detail's actions, the palette) is exactly what the core
/// accepts from that operator at that moment: for every action, on every record of the demo
/// week in whatever state it is, at three moments, for a duty officer and a supervisor.
@Suite struct OfferTests {
    static let officer = "李明"
    static let supervisor = "赵建国"

    /// The demo week, plus a pending return and a pending extension (the week's requests are
    /// decided within minutes, so none is pending at its end), and tagged cases.
    static let state: DeskState = {
        var state = DeskState(replaying: ReplayTests.demo.recorded())
        let open = state.openCases()
        func perform(_ command: DeskCommand) {
            guard let events = try? state.decide(command, at: ReplayTests.now, by: officer) else { return }
            for event in events { state.apply(Recorded(seq: state.lastSeq + 1, at: ReplayTests.now, operatorName: officer, console: "t", event: event)) }
        }
        if let hotline = open.first(where: { $0.source == .hotline && $0.resolvedAt == nil && $0.respondBy > ReplayTests.now }) {
            perform(.returnCase(hotline.id, rule: "职责清单", reason: ""))
        }
        if let triaged = open.first(where: { $0.routing != nil && $0.resolvedAt == nil && $0.resolveBy > ReplayTests.now }) {
            perform(.extend(triaged.id, by: .days(1), reason: "需协调"))
        }
        // One case with every theme (nothing left to tag with), one with a theme to take off.
        for theme in state.street!.themes { perform(.tag(open[0].id, theme: theme.id)) }
        perform(.tag(open[1].id, theme: "heating"))
        return state
    }()

    static let moments = [ReplayTests.now, ReplayTests.now + .hours(6), ReplayTests.now + .days(3)]

    @Test func everyCaseActionIsOfferedExactlyWhenItIsAccepted() throws {
        var checked = [CaseAction: (offered: Int, refused: Int)]()
        for item in Self.state.cases.values.sorted(by: { $0.ordinal < $1.ordinal }) {
            for now in Self.moments {
                let other = Self.state.queue.entries.first { $0.id != item.id }?.id ?? item.id
                for operatorName in [Self.officer, Self.supervisor] {
                    let offered = Self.state.offers(for: item, at: now, by: operatorName)
                    for action in CaseAction.allCases {
                        let accepted = (try? Self.state.decide(Self.command(action, item, other: other), at: now, by: operatorName)) != nil
                        #expect(offered.contains(action) == accepted, "\(action) on \(item.id) (\(item.status)) at \(now) by \(operatorName)")
                        checked[action, default: (0, 0)].offered += accepted ? 1 : 0
                        checked[action, default: (0, 0)].refused += accepted ? 0 : 1
                    }
                }
            }
        }
        // Every action was seen both offered and refused, or the walk proved little.
        for action in CaseAction.allCases {
            #expect((checked[action]?.offered ?? 0) > 0 && (checked[action]?.refused ?? 0) > 0, "\(action): \(String(describing: checked[action]))")
        }
    }

    @Test func everyWhistleAndDispatchActionIsOfferedExactlyWhenItIsAccepted() {
        for whistle in Self.state.whistles.values {
            for now in Self.moments {
                for operatorName in [Self.officer, Self.supervisor] {
                    let offered = Self.state.offers(for: whistle, at: now, by: operatorName)
                    for action in WhistleAction.allCases {
                        let accepted = Self.commands(action, whistle, at: now).contains { command in
                            (try? Self.state.decide(command, at: now, by: operatorName)) != nil
                        }
                        #expect(offered.contains(action) == accepted, "\(action) on \(whistle.id) at \(now) by \(operatorName)")
                    }
                }
            }
        }
        for dispatch in Self.state.dispatches.values {
            let offered = Self.state.offers(for: dispatch, at: ReplayTests.now, by: Self.officer)
            for action in DispatchAction.allCases {
                let commands: [DeskCommand] = switch action {
                case .unitStatus: dispatch.units.map { .unitStatus(dispatch.id, department: $0.department, status: .cleared) }
                case .conclude: [.conclude(dispatch.id, outcome: .dissuaded, findings: "已劝离")]
                }
                let accepted = commands.contains { (try? Self.state.decide($0, at: ReplayTests.now, by: Self.officer)) != nil }
                #expect(offered.contains(action) == accepted, "\(action) on \(dispatch.id)")
            }
        }
    }

    @Test func everyOfferedActionHasItsCatalogEntryAndKey() {
        let names = CaseAction.allCases.map { ($0.rawValue, ActionSpec.Subject.case) }
            + WhistleAction.allCases.map { ($0.rawValue, ActionSpec.Subject.whistle) }
            + DispatchAction.allCases.map { ($0.rawValue, ActionSpec.Subject.dispatch) }
        for (name, subject) in names {
            let spec = ActionCatalog.named(name)
            #expect(spec != nil, "\(name) is not in the catalog")
            // whistle and dispatch on a case take the case as an option, not as the subject.
            if name != "whistle", name != "dispatch" { #expect(spec?.subject == subject, "\(name)") }
        }
    }

    /// A command for `action` with values that are valid in themselves, so that only the state,
    /// the moment and the role can refuse it.
    static func command(_ action: CaseAction, _ item: Case, other: CaseID) -> DeskCommand {
        let id = item.id
        return switch action {
        case .route: .route(id, outcome: .handle, departments: [], reason: nil)
        case .contact: .contact(id, note: "已联系")
        case .progress: .progress(id, note: "进展")
        case .resolve: .resolve(id, note: "")
        case .feedback: .feedback(id, note: "已反馈")
        case .callback: .callback(id, solved: true, satisfaction: .satisfied, note: "")
        case .close: .close(id, note: "")
        case .returnCase: .returnCase(id, rule: "职责清单", reason: "")
        case .urge: .urge(id, note: "")
        case .extend: .extend(id, by: .days(1), reason: "需协调")
        case .merge: .merge(id, into: other)
        case .reopen: .reopen(id, reason: "回访未解决")
        case .revealPhone: .revealPhone(id, reason: "核实")
        case .whistle: .whistle(.init(type: .routine, departments: ["urban-enforce"], caseID: id))
        case .dispatch: .dispatch(.init(summary: nil, caseID: id, grid: nil, place: "现场", lead: "urban-enforce", participants: []))
        case .approve: .approve(id)
        case .reject: .reject(id, reason: "不予批准")
        case .recategorize: .recategorize(id, category: item.category == "env.garbage" ? "utilities.no-water" : "env.garbage", reason: "更正")
        case .evaluate: .evaluate(id, responded: true, solved: !(item.evaluation?.result.solved ?? false), satisfaction: .satisfied)
        case .tag: .tag(id, theme: Desk.profile.themes?.map(\.id).first { !item.tags.contains($0) } ?? "heating")
        case .untag: .untag(id, theme: item.tags.first ?? "heating")
        }
    }

    /// One command per summoned department: the action is accepted if any of them is.
    static func commands(_ action: WhistleAction, _ whistle: Whistle, at now: Date) -> [DeskCommand] {
        whistle.summons.map(\.department).map { department in
            switch action {
            case .reportIn: .summons(whistle.id, department: department, to: .reportedIn, note: "王队长")
            case .act: .summons(whistle.id, department: department, to: .acting, note: "")
            case .finish: .summons(whistle.id, department: department, to: .done, note: "")
            case .refuse: .summons(whistle.id, department: department, to: .refused, note: "不履职")
            case .urge: .urgeSummons(whistle.id, department: department, note: "")
            case .withdrawRefusal: .withdrawRefusal(whistle.id, department: department, reason: "记错部门")
            case .close: .closeWhistle(whistle.id, note: "")
            }
        }
    }
}
