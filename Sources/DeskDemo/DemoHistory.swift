import DeskCore
import Foundation

/// A week of realistic history for the demo street, timed relative to `now`, so that the
/// demo desk shows fresh, due-soon and overdue work at once. Every entry goes through
/// `DeskState.decide`, exactly as an officer's command would.
public enum DemoHistory {
    public static func generate(profile: StreetProfile, endingAt now: Date, days: Int = 7,
                                seed: UInt64 = 20_200_101) -> [PendingEntry] {
        var writer = DemoWriter(profile: profile, now: now, seed: seed)
        writer.write(days: days)
        return writer.simulation.entries
    }
}

/// How many of each thing arrive on a day (drawn uniformly from each range).
struct DayMix {
    var cases: ClosedRange<Double>
    var patrols: ClosedRange<Double>
    var dispatches: ClosedRange<Double>
    var ratings: ClosedRange<Double>
    var keyWorkWhistle: Double

    static let demo = DayMix(cases: 34...48, patrols: 5...9, dispatches: 1...3, ratings: 4...8, keyWorkWhistle: 0.5)
}

struct DemoWriter {
    let street: Street
    let now: Date
    var random: SeededGenerator
    var simulation: Simulation
    let calendar: Calendar
    let leafCategories: [CategoryEntry]
    let fieldDepartments: [DepartmentID]
    let enforcers: [DepartmentID]
    let utilities: [DepartmentID]
    /// The odds each new case is never finished, and how many cases were drawn so.
    var unfinished = UnfinishedOdds.demo
    private(set) var unfinishedCases = 0

    init(profile: StreetProfile, now: Date, seed: UInt64) {
        street = Street(profile)
        self.now = now
        random = SeededGenerator(seed: seed)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = street.timeZone
        self.calendar = calendar
        simulation = Simulation(calendar: calendar, now: now)
        let street = self.street
        leafCategories = street.categoryOrder.compactMap { street.categories[$0] }.filter { $0.isLeaf && $0.department != nil }
        let departments = profile.departments
        fieldDepartments = departments.filter { $0.kind == .districtDepartment || $0.kind == .dispatchedAgency }.map(\.id)
        let enforcing = departments.filter { $0.kind == .dispatchedAgency || $0.id.raw.contains("enforce") }.map(\.id)
        enforcers = enforcing.isEmpty ? departments.map(\.id) : enforcing
        utilities = departments.filter { $0.utility != nil }.map(\.id)
    }

    mutating func write(days: Int) {
        let start = calendar.startOfDay(for: now.addingTimeInterval(-Double(days) * 86400))
        simulation.plan([AgendaItem(at: start, by: DemoStaff.supervisor, command: .configure(street.profile))])
        simulation.run()
        for day in 0...days { planDay(start.addingTimeInterval(Double(day) * 86400), mix: .demo) }
        // Work still on the board right now: a few fresh dispatches and calls.
        for minutes in [25.0, 70, 140] { simulation.plan([dispatchItem(at: now.addingTimeInterval(-minutes * 60))]) }
        for _ in 0..<4 { simulation.plan([caseItem(at: now.addingTimeInterval(-random.uniform(60...2400)))]) }
        simulation.run()
    }

    /// Plans one day's arrivals; `scale` multiplies the day's counts.
    mutating func planDay(_ dayStart: Date, mix: DayMix, scale: Double = 1) {
        func count(_ range: ClosedRange<Double>) -> Int { Int(random.uniform(range) * scale) }
        planHandovers(dayStart)
        for _ in 0..<count(mix.cases) { simulation.plan([caseItem(at: daytime(dayStart))]) }
        for _ in 0..<count(mix.patrols) { planPatrol(at: daytime(dayStart)) }
        for _ in 0..<count(mix.dispatches) { simulation.plan([dispatchItem(at: daytime(dayStart))]) }
        for _ in 0..<count(mix.ratings) { planRating(at: daytime(dayStart)) }
        if random.chance(mix.keyWorkWhistle) { planKeyWorkWhistle(at: daytime(dayStart)) }
    }

    mutating func countUnfinished(_ fate: CaseFate, hotline: Bool) {
        if fate.staysOpen(hotline: hotline) { unfinishedCases += 1 }
    }

    /// Most requests come in working hours; a few at night.
    mutating func daytime(_ dayStart: Date) -> Date {
        let hour = random.chance(0.85) ? random.uniform(7.5...21.5) : random.uniform(0...24)
        return dayStart.addingTimeInterval(hour * 3600)
    }

    mutating func later(_ date: Date, _ minutes: ClosedRange<Double>) -> Date {
        date.addingTimeInterval(random.uniform(minutes) * 60)
    }

    mutating func planHandovers(_ dayStart: Date) {
        for (hour, from, to) in [(8.0, DemoStaff.night, DemoStaff.day), (20.0, DemoStaff.day, DemoStaff.night)] {
            simulation.plan([AgendaItem(
                at: dayStart.addingTimeInterval(hour * 3600 - 300), by: from,
                command: .handover(note: random.pick(DemoPhrases.handovers), to: to.name))])
            // The incoming officer reads it and takes the console.
            simulation.plan([AgendaItem(at: dayStart.addingTimeInterval(hour * 3600 - 60), by: to, command: .acknowledge)])
        }
    }

    mutating func summary(for category: CategoryEntry, grid: Grid) -> String {
        let place = grid.name.prefix(2) + "\(Int(random.uniform(1...30)))" + random.pick(DemoPhrases.places)
        return "\(place)\(category.name)，\(random.pick(DemoPhrases.details))"
    }

    mutating func phone() -> String {
        random.pick(["138", "139", "186", "135", "158"]) + String(format: "%08d", Int(random.uniform(0...99_999_999)))
    }
}
