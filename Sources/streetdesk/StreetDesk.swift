import ArgumentParser
import Foundation

@main
struct StreetDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "streetdesk",
        abstract: "The operations desk of a Beijing street office (北京市街道办事处条例).",
        discussion: "With no subcommand, opens the desk on the default journal, creating the demo street's journal on first run.",
        subcommands: [OpenDesk.self, Train.self, Replay.self, InitJournal.self, ShowProfile.self, DoAction.self, ImportFile.self, ExportFile.self, ShowLog.self, ShowQueue.self, PeriodReport.self, ShowHotspots.self, VerifyJournal.self, SaveCheckpoint.self, SealJournal.self, ManageStaff.self],
        defaultSubcommand: OpenDesk.self)

    /// ArgumentParser's own messages quote the arguments they refuse, so they are written
    /// through `Output` like every other message.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { Output.say(message) }
            } else if !message.isEmpty {
                Output.error(message)
            }
            Foundation.exit(code.rawValue)
        }
    }
}
