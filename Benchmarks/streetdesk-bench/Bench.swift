import ArgumentParser

/// StreetDesk's speed and memory figures on district-scale journals (README, "Speed").
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "streetdesk-bench",
        abstract: "District-scale journals and the desk's speed figures beside their baselines.",
        subcommands: [RunCommand.self, SmokeCommand.self, GenerateCommand.self, MeasureCommand.self, ImportCommand.self],
        defaultSubcommand: RunCommand.self)
}
