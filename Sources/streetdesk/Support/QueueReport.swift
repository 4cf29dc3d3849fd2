import DeskCore
import DeskUI
import Foundation

/// The open queue at one moment, as text for people or JSON for tools.
struct QueueReport {
    let state: DeskState
    let now: Date
    let zone: TimeZone
    let language: Language

    func text() -> String {
        func name(_ id: DepartmentID) -> String { state.street?.departmentName(id) ?? id.raw }
        let separator = CommandText.separator(language)
        var lines = [String]()
        let alarms = state.alarmCounts(at: now)
        lines.append(CommandText.asOf(ClockText.stamp(now, in: zone), overdue: alarms.overdue, dueSoon: alarms.dueSoon)(language))
        let cases = state.openCases()
        lines.append(CommandText.openCases(cases.count)(language))
        for item in cases {
            let clock = item.runningClock
            let left = clock.map { "\($0.kind.label(language)) \(ClockText.countdown(to: $0.deadline, from: now))" } ?? "-"
            let mark = state.deadlineState(of: item, at: now).label(language)
            lines.append("  \(item.id)  \(item.status.label(language))  \(left)  [\(mark)]  \(item.grid)  \(Self.clean(item.summary))")
        }
        let whistles = state.openWhistles()
        lines.append(CommandText.openWhistles(whistles.count)(language))
        for whistle in whistles {
            let answers = whistle.summons.map { "\(name($0.department))\(separator)\($0.record(at: now).label(language))" }.joined(separator: " ")
            lines.append("  \(whistle.id)  \(whistle.type.label(language))  \(Self.clean(whistle.summary))  \(answers)")
        }
        let dispatches = state.openDispatches()
        lines.append(CommandText.openDispatches(dispatches.count)(language))
        for dispatch in dispatches {
            let units = dispatch.units.map { "\(name($0.department))\(separator)\($0.status.label(language))" }.joined(separator: " ")
            lines.append("  \(dispatch.id)  \(Self.clean(dispatch.place))  \(units)")
        }
        return lines.joined(separator: "\n")
    }

    func json() throws -> String {
        func time(_ date: Date?) -> Any { date.map(Timestamp.format) ?? NSNull() }
        let cases: [[String: Any]] = state.openCases().map { item in
            [
                "id": item.id.raw, "status": item.status.rawValue, "type": item.type.rawValue, "category": item.category.raw,
                "grid": item.grid.digits, "summary": item.summary, "receivedAt": time(item.receivedAt),
                "respondBy": time(item.respondBy), "resolveBy": time(item.resolveBy), "contactedAt": time(item.contactedAt),
                "deadline": state.deadlineState(of: item, at: now).label.en,
                "departments": item.departments.map(\.raw),
            ]
        }
        let whistles: [[String: Any]] = state.openWhistles().map { whistle in
            [
                "id": whistle.id.raw, "type": whistle.type.rawValue, "matter": whistle.matter.rawValue,
                "case": whistle.caseID?.raw ?? NSNull(), "summary": whistle.summary,
                "summons": whistle.summons.map { s in
                    ["department": s.department.raw, "state": s.state.rawValue, "record": s.record(at: now).rawValue,
                     "reportBy": time(s.reportBy)] as [String: Any]
                },
            ]
        }
        let dispatches: [[String: Any]] = state.openDispatches().map { dispatch in
            [
                "id": dispatch.id.raw, "summary": dispatch.summary, "place": dispatch.place, "lead": dispatch.lead.raw,
                "units": dispatch.units.map { ["department": $0.department.raw, "status": $0.status.rawValue, "since": time($0.since)] as [String: Any] },
            ]
        }
        let object: [String: Any] = ["asOf": Timestamp.format(now), "cases": cases, "whistles": whistles, "dispatches": dispatches]
        let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// Free text goes to a terminal: the desk's own sanitizer, bidi controls included.
    static func clean(_ text: String) -> String { Sanitize.forDisplay(text) }
}
