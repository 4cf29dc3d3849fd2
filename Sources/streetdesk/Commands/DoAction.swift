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

    @Argument(parsing: .allUnrecognized, help: "The case, whistle or dispatch id, then the action's options.")
    var rest: [String] = []

    func run() throws {
        try reporting {
            let language = options.language
            guard let spec = ActionCatalog.named(action) else {
                throw Failure(DeskError.invalidValue(field: "action", value: action, expected: ActionCatalog.all.map(\.name).joined(separator: ", "))
                    .message(language), code: 2)
            }
            let session = try options.openSession()
            let now = Date()
            var arguments = ActionArguments(
                streetCode: session.state.street?.profile.street.code, now: now,
                timeZone: session.state.street?.timeZone ?? .current)
            try ActionHelp.fill(&arguments, from: rest, for: spec, language: language)
            do {
                let written = try session.perform(try spec.command(arguments), at: now)
                print(written.last?.event.subject ?? arguments.subject ?? "")
            } catch let error as DeskError {
                throw Failure(error.message(language), code: 2)
            }
        }
    }
}

/// Reads `[ID] --name value --name=value …` into action arguments.
enum ActionHelp {
    static func fill(_ arguments: inout ActionArguments, from tokens: [String], for spec: ActionSpec, language: Language) throws {
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            guard token.hasPrefix("--") else {
                guard spec.subject != nil, arguments.subject == nil else {
                    throw Failure(language == .zh ? "多余的参数“\(token)”" : "unexpected argument '\(token)'", code: 2)
                }
                arguments.subject = token
                continue
            }
            let name = String(token.dropFirst(2))
            if let equals = name.firstIndex(of: "=") {
                arguments.add(String(name[..<equals]), String(name[name.index(after: equals)...]))
            } else if index < tokens.count {
                arguments.add(name, tokens[index])
                index += 1
            } else {
                throw Failure(language == .zh ? "--\(name) 缺少值" : "--\(name) needs a value", code: 2)
            }
        }
    }

    static var overview: String {
        ActionCatalog.all.map { spec in
            let subject = spec.subject.map { " \($0.rawValue.uppercased())" } ?? ""
            let parameters = spec.parameters.map { p in
                let value = if case .choice(let choices) = p.kind { choices.map(\.value).joined(separator: "|") } else { p.name.uppercased() }
                let option = "--\(p.name) \(value)" + (p.repeats ? "…" : "")
                return p.required ? option : "[\(option)]"
            }.joined(separator: " ")
            return "  \(spec.name)\(subject) \(parameters)\n      \(spec.title.en) — \(spec.title.zh)"
        }.joined(separator: "\n")
    }
}
