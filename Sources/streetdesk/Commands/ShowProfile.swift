import ArgumentParser
import DeskCore
import Foundation

struct ShowProfile: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile", abstract: "The street's grids, departments and categories, with their ids.")

    @OptionGroup var options: JournalOptions

    @Flag(help: "The whole profile as JSON.")
    var json = false

    func run() throws {
        try reporting {
            let language = options.language
            let journal = try options.openJournal(readOnly: true)
            guard let street = try options.reading({ try journal.street() }) else { throw Failure(DeskError.noStreet.message(language), code: 1) }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
                Output.json(String(decoding: try encoder.encode(street.profile), as: UTF8.self))
                return
            }
            let info = street.profile.street
            Output.say("\(info.name) \(info.code) \(info.district)" + (info.demo == true ? CommandText.demo(language) : ""))
            Output.say(CommandText.grids(language))
            for grid in street.gridsInOrder {
                let community = street.communities[grid.community]?.name ?? grid.community
                Output.say("  \(grid.code)  \(grid.name)  \(community)  \(grid.worker.name)")
            }
            Output.say(CommandText.departments(language))
            for department in street.profile.departments {
                Output.say("  \(department.id.raw.padding(toLength: 18, withPad: " ", startingAt: 0))\(department.name)  (\(department.kind.label(language)))")
            }
            Output.say(CommandText.categories(language))
            for id in street.categoryOrder {
                guard let c = street.categories[id] else { continue }
                let indent = String(repeating: "  ", count: c.depth + 1)
                Output.say("\(indent)\(id.raw.padding(toLength: 28 - indent.count, withPad: " ", startingAt: 0))\(c.name)  [\(c.timeLimit.rawValue)\(c.department.map { ", \($0.raw)" } ?? "")]")
            }
        }
    }
}
