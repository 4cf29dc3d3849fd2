import ArgumentParser
import DeskCore
import DeskExchange
import DeskJournal
import Foundation

/// `streetdesk import orders|evaluations FILE`: the 12345 centre's files, taken in through the
/// core's rules like any command, safe to run twice (docs/exchange.md).
struct ImportFile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Take in the 12345 centre's work orders or call-back results.",
        subcommands: [ImportOrders.self, ImportEvaluations.self])
}

struct ImportOrders: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "orders", abstract: "Take in 12345 work orders: one case per order number; a changed order is applied.")

    @OptionGroup var options: JournalOptions
    @OptionGroup var input: ExchangeFileOptions

    func run() throws {
        try reporting {
            let language = options.language
            let rows = try input.rows(columns: OrderRows.required, language)
            let session = try options.openSession()
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            let now = Date()
            var report = ImportReport()
            var orders = [(row: Int, command: DeskCommand)]()
            for row in rows {
                switch OrderRows.order(row, in: street.timeZone, now: now) {
                case .success(let order): orders.append((row.number, .order(order)))
                case .failure(let problem): report.problems.append(problem)
                }
            }
            let outcomes = try options.reading { try session.performEach(orders.map(\.command), at: now, dryRun: input.dryRun) }
            report.add(outcomes, rows: orders.map(\.row), street: street)
            try report.finish(language, dryRun: input.dryRun)
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
            let language = options.language
            let rows = try input.rows(columns: EvaluationRows.columns, language)
            let session = try options.openSession()
            guard let street = session.state.street else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            try options.reading { try session.completeRestore() }
            var report = ImportReport()
            var evaluations = [(row: Int, command: DeskCommand)]()
            for row in rows {
                switch EvaluationRows.evaluation(row) {
                case .success(let e):
                    guard let id = session.state.orders[e.order] else {
                        report.problems.append(RowProblem(row: row.number, reason: ExchangeText.unknownOrder(e.order)))
                        continue
                    }
                    evaluations.append((row.number, .evaluate(id, responded: e.responded, solved: e.solved, satisfaction: e.satisfaction)))
                case .failure(let problem): report.problems.append(problem)
                }
            }
            let outcomes = try options.reading { try session.performEach(evaluations.map(\.command), at: Date(), dryRun: input.dryRun) }
            report.add(outcomes, rows: evaluations.map(\.row), street: street)
            try report.finish(language, dryRun: input.dryRun)
        }
    }
}
