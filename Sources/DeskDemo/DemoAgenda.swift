import DeskCore
import Foundation

/// Who works the demo desk: a day and a night duty officer and a supervisor.
struct DemoStaff {
    static let day = (name: "李明", console: "console-1")
    static let night = (name: "王静", console: "console-1")
    static let supervisor = (name: "赵建国", console: "console-2")

    /// The duty officer on shift at `date` (day shift 08:00–20:00 street time).
    static func onDuty(at date: Date, calendar: Calendar) -> (name: String, console: String) {
        let hour = calendar.component(.hour, from: date)
        return (8..<20).contains(hour) ? day : night
    }
}

/// A planned action: at a time, by someone, and what to plan once it has happened.
struct AgendaItem {
    var at: Date
    let by: (name: String, console: String)?
    let command: DeskCommand
    var then: ((DeskEvent, Date) -> [AgendaItem])? = nil
}

/// Runs planned actions in time order through the real `decide`, so every demo entry
/// passes the same rules as an officer's; a planned action the rules refuse is dropped.
struct Simulation {
    private(set) var state = DeskState()
    /// Entries decided since the last `drain()`.
    private(set) var entries: [PendingEntry] = []
    private var agenda = AgendaQueue()
    private var seq: Int64 = 0
    let calendar: Calendar
    let now: Date

    init(calendar: Calendar, now: Date) {
        self.calendar = calendar
        self.now = now
    }

    mutating func plan(_ items: [AgendaItem]) {
        for item in items where item.at <= now { agenda.push(item) }
    }

    /// Runs everything planned before `end` (everything, without an end), and what that plans in turn.
    mutating func run(until end: Date? = nil) {
        while var item = agenda.popFirst(before: end) {
            item.at = item.at.roundedToMilliseconds
            let who = item.by ?? DemoStaff.onDuty(at: item.at, calendar: calendar)
            guard let events = try? state.decide(item.command, at: item.at, by: who.name) else { continue }
            for event in events {
                let entry = PendingEntry(at: item.at, operatorName: who.name, console: who.console, event: event)
                entries.append(entry)
                seq += 1
                state.apply(Recorded(seq: seq, at: item.at, operatorName: who.name, console: who.console, event: event))
                if let then = item.then { plan(then(event, item.at)) }
            }
        }
    }

    /// Hands over the entries decided so far, so a long history need not be held in memory.
    mutating func drain() -> [PendingEntry] {
        defer { entries = [] }
        return entries
    }
}
