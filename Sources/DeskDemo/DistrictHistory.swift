import DeskCore
import Foundation

/// District-scale history for benchmarks: the demo street's day, busier (about 95 cases a
/// day, as on a busy Beijing street), run day by day from the start date that lets `entries`
/// entries end at `now`, handed over in batches so no more than a batch is held in memory.
/// Every entry goes through `DeskState.decide`, as in `DemoHistory`.
public enum DistrictHistory {
    public struct Summary: Sendable {
        public let entries: Int
        public let cases: Int
        public let openCases: Int
        public let start: Date
        public let end: Date
    }

    static let mix = DayMix(cases: 85...105, patrols: 10...20, dispatches: 2...5, ratings: 5...10, keyWorkWhistle: 0.7)
    /// Entries a day at scale 1, measured on this mix; sets the start date, after which the
    /// day's counts are scaled so that the entries run out at `now`.
    static let entriesPerDay = 800.0

    public static func generate(
        profile: StreetProfile, entries target: Int, openCases: Int, endingAt now: Date,
        seed: UInt64 = 20_200_101, batchSize: Int = 5000, write: ([PendingEntry]) throws -> Void
    ) rethrows -> Summary {
        var writer = DemoWriter(profile: profile, now: now, seed: seed)
        let start = writer.calendar.startOfDay(for: now.addingTimeInterval(-(Double(target) / entriesPerDay).rounded(.up) * 86400))
        writer.simulation.plan([AgendaItem(at: start, by: DemoStaff.supervisor, command: .configure(profile))])
        var tally = OpenTally()
        var batch = [PendingEntry]()
        var scaledDays = 0.0
        var dayStart = start
        var last = start

        func take(_ entries: [PendingEntry]) throws {
            for entry in entries where tally.entries < target {
                tally.count(entry.event)
                batch.append(entry)
                last = entry.at
            }
            if batch.count >= batchSize || tally.entries == target, !batch.isEmpty {
                try write(batch)
                batch = []
            }
        }

        while dayStart < now, tally.entries < target {
            let dayEnd = min(dayStart.addingTimeInterval(86400), now)
            let pace = scaledDays >= 7 ? Double(tally.entries) / scaledDays : entriesPerDay
            // Aim a little past the target: the last day's cases are cut off at `now` before their follow-ups.
            let remaining = Double(target - tally.entries) + pace / 10
            let scale = min(2, max(0.5, remaining / (now.timeIntervalSince(dayStart) / 86400) / pace))
            let dayCases = (mix.cases.lowerBound + mix.cases.upperBound) / 2 * scale
            writer.unfinished = unfinishedOdds(
                target: openCases, open: tally.open, unfinished: writer.unfinishedCases, cases: dayCases,
                progress: min(1, (Double(tally.entries) + pace * scale) / Double(target)))
            writer.planDay(dayStart, mix: mix, scale: scale)
            writer.simulation.run(until: dayEnd)
            try take(writer.simulation.drain())
            scaledDays += scale * dayEnd.timeIntervalSince(dayStart) / 86400
            dayStart = dayEnd
        }
        writer.simulation.run()
        try take(writer.simulation.drain())
        if !batch.isEmpty { try write(batch) }
        return Summary(entries: tally.entries, cases: tally.cases, openCases: tally.open, start: start, end: last)
    }

    /// Open cases at the end are the running backlog plus the cases never finished. This
    /// spreads the never-finished ones evenly over the history, so that they make up what the
    /// backlog (measured as it goes) leaves short of the target.
    static func unfinishedOdds(target: Int, open: Int, unfinished: Int, cases: Double, progress: Double) -> UnfinishedOdds {
        let backlog = max(0, open - unfinished)
        let wanted = Double(max(0, target - backlog)) * progress
        let share = min(1, max(0, (wanted - Double(unfinished)) / max(1, cases)))
        return UnfinishedOdds(neglected: share / 2, unresolved: share / 2)
    }
}

/// Counts entries, cases, and cases still open, from the events as they are written.
struct OpenTally {
    var entries = 0
    var cases = 0
    var open = 0

    mutating func count(_ event: DeskEvent) {
        entries += 1
        switch event {
        case .caseTakenIn: cases += 1; open += 1
        case .caseClosed, .caseReturned, .caseMerged: open -= 1
        default: break
        }
    }
}
