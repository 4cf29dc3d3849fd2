import DeskCore
import DeskJournal
import DeskTraining
import Foundation

/// `train --class DIR`: the practice journals under a folder (as `train` lays them out, one
/// folder per run, or side by side), read and summarized as one class.
enum PracticeClass {
    static func summary(_ folder: String, json: Bool, _ language: Language) throws -> String {
        let runs = try journals(under: folder, language).map { path in
            let options = try JournalOptions.parse(["--journal", path, "--lang", language.rawValue])
            let journal = try options.openJournal(readOnly: true, practice: true)
            guard let mark = try options.reading({ try journal.practiceMark() }) else {
                throw Failure(DebriefText.notAPracticeJournal(path)(language), code: 2)
            }
            return ClassRun(journal: relative(path, to: folder), mark: mark, entries: try options.reading { try journal.allRecorded() })
        }
        do {
            let (scenario, summary) = try ClassSummary.make(runs)
            return json ? try Train.jsonText(summary) : summary.markdown(language, scenario: scenario)
        } catch let refusal as ClassRefusal {
            throw Failure(refusal.message(language, folder: folder), code: 2)
        }
    }

    /// Every `*.journal` file under `folder`, in path order.
    private static func journals(under folder: String, _ language: Language) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: folder) else {
            throw Failure(ClassText.noJournals(folder)(language), code: 2)
        }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".journal") }.sorted().map { folder + "/" + $0 }
    }

    private static func relative(_ path: String, to folder: String) -> String { String(path.dropFirst(folder.count + 1)) }
}
