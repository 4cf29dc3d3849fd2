import DeskCore
import DeskTraining
@testable import DeskUI
import Foundation
import Testing

/// The language tables, the action catalog and every refusal, in Chinese: no English word.
@Suite struct ChineseTextTests {
    let english = EnglishInChinese(street: Fixture.state.street!)

    /// Each table's file under `Sources/` and its `all`: the files are read so that a phrase added without being listed fails.
    static let tables: [(file: String, phrases: [Phrase])] = [
        ("DeskUI/Text/BoardText", BoardText.all), ("DeskUI/Text/DetailText", DetailText.all),
        ("DeskUI/Text/TimelineText", TimelineText.all), ("DeskUI/Text/FormText", FormText.all),
        ("DeskUI/Text/ChromeText", ChromeText.all), ("DeskUI/Text/ReportText", ReportText.all),
        ("DeskTraining/Text/ScenarioText", ScenarioText.all), ("DeskTraining/Text/DebriefText", DebriefText.all),
        ("DeskTraining/Text/ClassText", ClassText.all), ("DeskTraining/Text/ReplayText", ReplayText.all),
    ]

    @Test(arguments: tables.map(\.file))
    func everyPhraseOfATableIsListed(_ file: String) throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/\(file).swift")
        let source = try String(contentsOf: url, encoding: .utf8)
        let declared = source.components(separatedBy: "\n").map { $0.replacingOccurrences(of: "    public static ", with: "    static ") }.filter {
            ($0.hasPrefix("    static let ") || $0.hasPrefix("    static func ")) && !$0.hasPrefix("    static let all")
        }
        let listed = try #require(Self.tables.first { $0.file == file }).phrases
        #expect(declared.count == listed.count)
        #expect(Set(listed).count == listed.count, "a phrase listed twice, or two phrases that say the same")
    }

    @Test func tablesSpeakChinese() {
        for phrase in Self.tables.flatMap(\.phrases) + FieldLabel.all {
            #expect(english.words(in: phrase.zh) == [], "\(phrase.en)")
            #expect(!phrase.en.isEmpty)
        }
    }

    @Test func theCatalogSpeaksChinese() {
        for spec in ActionCatalog.all {
            #expect(english.words(in: spec.title.zh) == [], "\(spec.name)")
            for parameter in spec.parameters {
                #expect(english.words(in: parameter.label.zh) == [], "\(spec.name) --\(parameter.name)")
                if case .choice(let choices) = parameter.kind {
                    #expect(choices.allSatisfy { english.words(in: $0.label.zh) == [] }, "\(spec.name) --\(parameter.name)")
                }
            }
        }
    }

    @Test func everyRefusalSpeaksChinese() {
        let street = Fixture.state.street!
        let errors = DeskErrorSamples.all
        #expect(Set(errors.map(DeskErrorSamples.index)) == Set(0..<DeskErrorSamples.count), "a DeskError case without a sample")
        for error in errors {
            let message = error.message(.zh, naming: street)
            #expect(english.words(in: message) == [], "\(error)")
            #expect(!error.message(.en, naming: street).isEmpty)
        }
    }

    /// Departments by their names: the message of a refusal about a department never shows its bare id.
    @Test func refusalsNameDepartments() {
        let street = Fixture.state.street!
        let message = DeskError.notSummoned("W0031", "water").message(.zh, naming: street)
        #expect(message.contains(street.departmentName("water")))
        #expect(!message.contains("water"))
    }
}
