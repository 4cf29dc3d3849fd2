import ArgumentParser
import DeskCore
import DeskExchange
import DeskJournal
import Foundation

/// `streetdesk import orders|evaluations FILE`: the 12345 centre's files, taken in through the
/// core's rules like any command, safe to run twice (docs/exchange.md).
struct ImportFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Take in the 12345 centre's work orders or call-back results, or Open311 service requests.",
        subcommands: [ImportOrders.self, ImportEvaluations.self, ImportOpen311.self])

    /// Rows decided and written per transaction: a large file is taken in a chunk at a time, so
    /// that what a transaction holds stays bounded; a file cut short by a crash is finished by
    /// running it again, which is safe (a default).
    static let chunk = 20_000

    /// Turns each of `rows` into a command (or the reason it cannot be one), decides them in
    /// chunks of `chunk`, one transaction each (a dry run: all at once, writing nothing), and
    /// reports what became of each.
    static func run(_ options: JournalOptions, _ rows: [ExchangeRow], dryRun: Bool, kind: ImportSummary.Kind = .cases,
                    command: (ExchangeRow, DeskState, Street) -> Result<DeskCommand, RowProblem>) throws {
        let language = options.language
        let session = try options.openSession()
        guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
        try options.reading { try session.completeRestore() }
        var report = ImportReport(summary: ImportSummary(kind: kind))
        var commands = [(row: Int, command: DeskCommand)]()
        for row in rows {
            switch command(row, session.state, street) {
            case .success(let decided): commands.append((row.number, decided))
            case .failure(let problem): report.problems.append(problem)
            }
        }
        for start in stride(from: 0, to: commands.count, by: dryRun ? max(commands.count, 1) : chunk) {
            let part = commands[start..<min(start + (dryRun ? commands.count : chunk), commands.count)]
            let outcomes = try options.reading {
                try session.performEach(part.map(\.command), at: Date(), dryRun: dryRun, checkpoint: false)
            }
            report.add(outcomes, rows: part.map(\.row), street: street)
        }
        try? session.saveCheckpointIfDue()
        try report.finish(language, dryRun: dryRun)
    }
}

struct ImportOrders: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Take in 12345 work orders: one case per order number; a changed order is applied.")

    @OptionGroup var options: JournalOptions
    @OptionGroup var input: ExchangeFileOptions

    func run() throws {
        let now = Date()
        try reporting {
            let rows = try input.rows(columns: OrderRows.required, options.language)
            try ImportFile.run(options, rows, dryRun: input.dryRun) { row, _, street in
                OrderRows.order(row, in: street.timeZone, now: now).map { .order($0) }
            }
        }
    }
}

struct ImportEvaluations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluations", abstract: "Take in the hotline centre's call-back results, by order number.")

    @OptionGroup var options: JournalOptions
    @OptionGroup var input: ExchangeFileOptions

    func run() throws {
        try reporting {
            let rows = try input.rows(columns: EvaluationRows.columns, options.language)
            try ImportFile.run(options, rows, dryRun: input.dryRun, kind: .evaluations) { row, state, _ in
                EvaluationRows.evaluation(row).flatMap { e in
                    guard let id = state.orders[e.order] else {
                        return .failure(RowProblem(row: row.number, reason: ExchangeText.unknownOrder(e.order)))
                    }
                    return .success(.evaluate(id, responded: e.responded, solved: e.solved, satisfaction: e.satisfaction))
                }
            }
        }
    }
}
