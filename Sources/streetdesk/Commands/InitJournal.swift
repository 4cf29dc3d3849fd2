import ArgumentParser
import DeskCore
import Foundation

struct InitJournal: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a journal: from a street profile, or the demo street with a week of history.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "Use the built-in demo street (示范街道) and write about a week of history ending now.")
    var demo = false

    @Option(help: "A street profile file (YAML; see docs/profile.md).")
    var profile: String?

    func validate() throws {
        guard demo != (profile != nil) else { throw ValidationError("give exactly one of --demo or --profile FILE") }
    }

    func run() throws {
        try reporting {
            let language = options.language
            let street = try profile.map { try JournalSetup.loadProfile(Paths.expand($0), language) }
            let result = try JournalSetup.create(at: options.path, profile: street, operatorName: try options.operatorName(), language: language)
            let seconds = String(format: "%.2f", result.seconds)
            Output.say(language == .zh
                  ? "已创建日志 \(options.path)：写入 \(result.entries) 条，用时 \(seconds) 秒"
                  : "created \(options.path): \(result.entries) entries written in \(seconds) s")
        }
    }
}
