import ArgumentParser
import DeskCore
import DeskExchange
import DeskJournal
import Foundation

/// The file an import reads, its format, and whether to write.
struct ExchangeFileOptions: ParsableArguments {
    @Argument(help: "The file to take in.")
    var file: String

    @Option(help: "orders and evaluations: csv or json (default: json for a .json file, csv otherwise); open311: json or xml (default: xml for a .xml file, json otherwise).")
    var format: String?

    @Flag(help: "Check the file and count what it would do; write nothing.")
    var dryRun = false

    /// The file's rows; a file that cannot be read or is not the format is one failure.
    func rows(columns: [String], _ language: Language) throws -> [ExchangeRow] {
        let chosen = try ExchangeFormatOption.read(format, path: file, language, byPath: ExchangeFormat.init(path:))
        return try read(language) { data throws(ExchangeFileError) in try ExchangeTable.read(data, format: chosen, columns: columns) }
    }

    /// The service requests of a GeoReport v2 response.
    func requests(_ language: Language) throws -> [ExchangeRow] {
        let chosen = try ExchangeFormatOption.read(format, path: file, language, byPath: Open311Format.init(path:))
        return try read(language) { data throws(ExchangeFileError) in try Open311Requests.read(data, format: chosen) }
    }

    private func read(_ language: Language, _ rows: (Data) throws(ExchangeFileError) -> [ExchangeRow]) throws -> [ExchangeRow] {
        guard let data = FileManager.default.contents(atPath: Paths.expand(file)) else {
            throw Failure(ExchangeText.file(file, ExchangeText.cannotRead)(language), code: 2)
        }
        do {
            return try rows(data)
        } catch {
            throw Failure(ExchangeText.file(file, error.reason)(language), code: 2)
        }
    }
}

enum ExchangeFormatOption {
    /// `--format` as given, or by the file's extension.
    static func read<F: RawRepresentable<String> & CaseIterable>(_ given: String?, path: String, _ language: Language,
                                                                 byPath: (String) -> F) throws -> F {
        guard let given else { return byPath(path) }
        guard let format = F(rawValue: given) else {
            throw Failure(DeskError.invalidValue(field: Phrase("格式", "format"), value: given,
                                                 expected: .listed(F.allCases.map(\.rawValue))).message(language), code: 2)
        }
        return format
    }
}

/// What an import ends with: each rejected row on standard error, in row order, then the summary.
struct ImportReport {
    var summary = ImportSummary()
    var problems: [RowProblem] = []

    /// Counts each command's outcome, a refusal as a problem of its row.
    mutating func add(_ outcomes: [Result<[DeskEvent], DeskError>], rows: [Int], street: Street) {
        for (row, outcome) in zip(rows, outcomes) {
            switch outcome {
            case .success(let events): summary.count(events)
            case .failure(let error): problems.append(RowProblem(row: row, reason: error.phrase(naming: street)))
            }
        }
    }

    /// Prints it; exits 2 when a row was rejected, so that a script notices.
    func finish(_ language: Language, dryRun: Bool) throws {
        var summary = summary
        summary.rejected = problems.count
        for problem in problems.sorted(by: { $0.row < $1.row }) {
            Output.error(ExchangeText.row(problem.row, problem.reason)(language))
        }
        if !summary.unmappedCodes.isEmpty { Output.say(ExchangeText.unmappedCodes(summary.unmappedCodes)(language)) }
        Output.say(ExchangeText.summary(summary, dryRun: dryRun)(language))
        if !problems.isEmpty { throw ExitCode(2) }
    }
}
