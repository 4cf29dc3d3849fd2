import ArgumentParser
import DeskCore
import DeskJournal
import Foundation

/// `streetdesk do ACTION [ID] --name value …`: any desk action, by its palette name.
struct DoAction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "do",
        abstract: "Perform a desk action, by the name the : palette uses.",
        discussion: ActionHelp.overview)

    @Argument(help: "The action: \(ActionCatalog.all.map(\.name).joined(separator: ", ")).")
    var action: String

    @OptionGroup var options: JournalOptions

    @Argument(parsing: .allUnrecognized, help: "The case (its id, or order:NUMBER for the 12345 order it came from), whistle or dispatch id, then the action's options.")
    var rest: [String] = []

    func run() throws {
        try reporting {
            let language = options.language
            guard let spec = ActionCatalog.named(action) else {
                throw Failure(DeskError.invalidValue(field: FieldLabel.action, value: action, expected: .listed(ActionCatalog.all.map(\.name)))
                    .message(language), code: 2)
            }
            let journal = try options.openJournal()
            let street = try options.reading { try journal.street() }
            let now = Date()
            var arguments = ActionArguments(streetCode: street?.profile.street.code, now: now, timeZone: street?.timeZone ?? .current)
            do {
                try ActionLine.read(rest, for: spec, into: &arguments)
                try options.reading { try arguments.resolveOrder(for: spec, journal.caseID(order:)) }
                // Only the records the action names are restored, not the whole street.
                let written = try options.reading {
                    try DeskSession.performOnce(try spec.command(arguments), on: journal, operatorName: try options.verifiedOperator(on: street, journalPath: journal.path),
                                                console: Paths.consoleName, at: now) { Output.complain($0(language)) }
                }
                Output.say(written.last?.event.subject ?? arguments.subject ?? "")
            } catch let error as DeskError {
                throw Failure(error.message(language, naming: street), code: 2)
            }
        }
    }
}

/// The actions and their options, for `streetdesk do --help`.
enum ActionHelp {
    /// One entry per action: its name and subject, what it does, then its options packed into
    /// lines short enough that the help's own wrapping leaves them alone.
    static var overview: String {
        ActionCatalog.all.map { spec in
            let subject = spec.subject.map { " \($0.rawValue.uppercased())" } ?? ""
            var lines = ["  \(spec.name)\(subject) — \(spec.title.en)（\(spec.title.zh)）"]
            var line = "      "
            for p in spec.parameters {
                let value = if case .choice(let choices) = p.kind { choices.map(\.value).joined(separator: "|") } else { p.name.uppercased() }
                let option = "--\(p.name) \(value)" + (p.repeats ? "…" : "")
                let word = p.required ? option : "[\(option)]"
                if line.count + word.count > 76, line.count > 6 {
                    lines.append(line)
                    line = "      "
                }
                line += (line.count > 6 ? " " : "") + word
            }
            if line.count > 6 { lines.append(line) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }
}
