import ArgumentParser
import DeskCore
import Foundation

struct OpenDesk: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "desk", abstract: "Open the desk (the default): the boards of the street's open work.")

    @OptionGroup var options: JournalOptions

    func run() throws {
        try reporting {
            let language = options.language
            if options.journal == nil, !FileManager.default.fileExists(atPath: options.path) {
                let result = try JournalSetup.create(at: options.path, profile: nil, operatorName: options.operatorName, language: language)
                print(language == .zh ? "首次运行：已在 \(options.path) 创建演示街道日志（\(result.entries) 条）"
                                      : "first run: created the demo street's journal at \(options.path) (\(result.entries) entries)")
            }
            let session = try options.openSession()
            print(language == .zh ? "终端界面尚未完成；现在可用 streetdesk show / do / log。共 \(session.state.lastSeq) 条。"
                                  : "The terminal desk is not there yet; use streetdesk show / do / log for now. \(session.state.lastSeq) entries.")
        }
    }
}
