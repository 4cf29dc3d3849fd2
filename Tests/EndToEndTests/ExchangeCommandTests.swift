import Foundation
import Testing

/// `import orders`, `import evaluations`, `export replies` and the report's official rates, on
/// the built binary and the sample files of docs/samples.
@Suite struct ExchangeCommandTests {
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("docs/samples").path

    static func streetdesk(_ arguments: [String], _ journal: String) throws -> Ran {
        try Binary.run(arguments + ["--journal", journal, "--lang", "en"])
    }

    /// How many entries the journal holds, as `verify` counts them.
    static func entries(_ journal: String) throws -> String { try streetdesk(["verify"], journal).output }

    /// Case ids by order number, read from the journal's `case.order` entries.
    static func cases(_ journal: String) throws -> [String: String] {
        var found = [String: String]()
        for line in try streetdesk(["log"], journal).output.split(separator: "\n") where line.contains("\tcase.order\t") {
            let payload = line.split(separator: "\t").last.map(String.init) ?? ""
            let object = try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any] ?? [:]
            found[object["order"] as? String ?? ""] = object["id"] as? String
        }
        return found
    }

    @Test func theSampleFilesImportAndASecondRunCreatesNothing() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let first = try Self.streetdesk(["import", "orders", Self.samples + "/orders.csv"], journal)
            #expect(first.status == 0, "\(first.error)")
            #expect(first.output.contains("taken 4, updated 0, unchanged 0, flagged 1, rejected 0"))
            let json = try Self.streetdesk(["import", "orders", Self.samples + "/orders.json"], journal)
            #expect(json.output.contains("taken 2, updated 0, unchanged 0, flagged 0, rejected 0"), "\(json.error)")
            let before = try Self.entries(journal)
            let again = try Self.streetdesk(["import", "orders", Self.samples + "/orders.csv"], journal)
            #expect(again.output.contains("taken 0, updated 0, unchanged 4, flagged 0, rejected 0"))
            #expect(try Self.entries(journal) == before)
            for file in ["evaluations.csv", "evaluations.json"] {
                let ran = try Self.streetdesk(["import", "evaluations", Self.samples + "/" + file], journal)
                #expect(ran.output.contains("recorded 2, unchanged 0, rejected 0") && ran.status == 0, "\(file): \(ran.output) \(ran.error)")
            }
            #expect(try Self.cases(journal).count == 6)
        }
    }

    @Test func aMalformedRowIsReportedByItsNumberAndTheRestGoIn() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let file = dir + "/orders.csv"
            try """
            order,received,type,category,address,summary,respond_by,resolve_by
            A-1,2026-11-20 08:00,complaint,垃圾清运,槐荫里1号,垃圾未清运,2026-11-20 20:00,2026-11-27 08:00
            A-2,yesterday,complaint,垃圾清运,槐荫里2号,垃圾未清运,2026-11-20 20:00,2026-11-27 08:00
            A-3,2026-11-20 09:00,praise,垃圾清运,槐荫里3号,垃圾未清运,2026-11-20 20:00,2026-11-27 08:00
            A-4,2026-11-20 10:00,help,景区管理,某公园,"长椅损坏, 请修",2026-11-20 22:00,2026-11-27 10:00
            ,2026-11-20 11:00,help,垃圾清运,槐荫里5号,无编号,2026-11-20 23:00,2026-11-27 11:00
            """.write(toFile: file, atomically: true, encoding: .utf8)
            let ran = try Self.streetdesk(["import", "orders", file], journal)
            #expect(ran.status == 2)
            #expect(ran.output.contains("taken 2, updated 0, unchanged 0, flagged 1, rejected 3"), "\(ran.output)")
            let problems = ran.error.split(separator: "\n").map(String.init)
            #expect(problems.count == 3, "\(ran.error)")
            #expect(problems.first?.contains("row 3: received 'yesterday' is not valid") == true, "\(ran.error)")
            #expect(problems.dropFirst().first?.contains("row 4: type 'praise' is not valid") == true)
            #expect(problems.last?.contains("row 6: order is empty") == true)
            #expect(Set(try Self.cases(journal).keys) == ["A-1", "A-4"])
        }
    }

    @Test func aFileThatIsNotTheFormatIsOneErrorAndWritesNothing() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let before = try Self.entries(journal)
            let text = dir + "/notes.csv"
            try "Dear centre,\nplease see the attached orders.\n".write(toFile: text, atomically: true, encoding: .utf8)
            let csv = try Self.streetdesk(["import", "orders", text], journal)
            #expect(csv.status == 2)
            #expect(csv.error.split(separator: "\n").count == 1)
            #expect(csv.error.contains("missing columns: order, received") && csv.error.contains("nothing written"), "\(csv.error)")
            let json = try Self.streetdesk(["import", "orders", text, "--format", "json"], journal)
            #expect(json.status == 2 && json.error.contains("not a JSON file"), "\(json.error)")
            let dry = try Self.streetdesk(["import", "orders", Self.samples + "/orders.csv", "--dry-run"], journal)
            #expect(dry.output.contains("dry run (nothing written): taken 4"), "\(dry.output)")
            #expect(try Self.entries(journal) == before)
        }
    }

    /// `do` names a case by its order number, and refuses a number no case came from.
    @Test func anActionNamesTheCaseByItsOrderNumber() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            _ = try Self.streetdesk(["import", "orders", Self.samples + "/orders.csv"], journal)
            let id = try #require(try Self.cases(journal)["2026112700101"])
            let routed = try Self.streetdesk(["do", "route", "order:2026112700101", "--outcome", "handle"], journal)
            #expect(routed.status == 0 && routed.output.trimmingCharacters(in: .whitespacesAndNewlines) == id, "\(routed.output) \(routed.error)")
            let unknown = try Self.streetdesk(["do", "contact", "order:1999"], journal)
            #expect(unknown.status == 2 && unknown.error.contains("no case order:1999"), "\(unknown.error)")
        }
    }

    /// The street answers one order with text a CSV must quote; both exports carry it exactly.
    @Test func repliesExportWithTheFeedbackAsGiven() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            _ = try Self.streetdesk(["import", "orders", Self.samples + "/orders.csv"], journal)
            let id = try #require(try Self.cases(journal)["2026112700101"])
            let note = "已清运, 居民确认 \"满意\""
            #expect(try Self.streetdesk(["do", "route", id, "--outcome", "handle"], journal).status == 0)
            #expect(try Self.streetdesk(["do", "resolve", id], journal).status == 0)
            #expect(try Self.streetdesk(["do", "feedback", id, "--note", note], journal).status == 0)
            let json = try Self.streetdesk(["export", "replies", "--format", "json"], journal)
            let rows = try #require(try JSONSerialization.jsonObject(with: json.outputBytes) as? [[String: String]])
            #expect(rows.count == 1)
            #expect(rows.first?["order"] == "2026112700101" && rows.first?["case"] == id)
            #expect(rows.first?["feedback"] == note && rows.first?["resolution"] == "solved")
            let csv = try Self.streetdesk(["export", "replies"], journal).output
            #expect(csv.hasPrefix("order,case,feedback,resolution,replied_at,department\n2026112700101,\(id),\"已清运, 居民确认 \"\"满意\"\"\",solved,"))
            let later = try Self.streetdesk(["export", "replies", "--since", "2036-01-01 00:00", "--format", "json"], journal)
            #expect(later.output.trimmingCharacters(in: .whitespacesAndNewlines) == "[\n\n]" || later.output.contains("[]"), "\(later.output)")
        }
    }

    /// The centre finds both orders responded; the street contacted only the first, in time.
    @Test func theReportShowsTheHotlinesRatesAndNamesTheCasesWhereTheyDiffer() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            // The sample's order numbers, with clocks that have not run out yet.
            let file = dir + "/orders.csv"
            let format = Date.VerbatimFormatStyle(format: "\(year: .defaultDigits)-\(month: .twoDigits)-\(day: .twoDigits) \(hour: .twoDigits(clock: .twentyFourHour, hourCycle: .zeroBased)):\(minute: .twoDigits)",
                                                  timeZone: TimeZone(identifier: "Asia/Shanghai")!, calendar: Calendar(identifier: .gregorian))
            let (now, later, week) = (format.format(Date()), format.format(Date() + 86_400), format.format(Date() + 7 * 86_400))
            try """
            order,received,type,category,address,summary,respond_by,resolve_by
            2026112700101,\(now),complaint,垃圾清运,槐荫里1号,垃圾未清运,\(later),\(week)
            2026112700102,\(now),complaint,施工噪声,银杏胡同2号,夜间施工,\(later),\(week)
            """.write(toFile: file, atomically: true, encoding: .utf8)
            #expect(try Self.streetdesk(["import", "orders", file], journal).status == 0)
            let cases = try Self.cases(journal)
            let (first, second) = (try #require(cases["2026112700101"]), try #require(cases["2026112700102"]))
            #expect(try Self.streetdesk(["do", "contact", first], journal).status == 0)
            _ = try Self.streetdesk(["import", "evaluations", Self.samples + "/evaluations.csv"], journal)
            let ran = try Self.streetdesk(["report", "--json"], journal)
            let report = try #require(try JSONSerialization.jsonObject(with: ran.outputBytes) as? [String: Any])
            let street = try #require(report["street"] as? [String: Any])
            #expect(street["officialCalledBack"] as? Int == 2 && street["officialResponse"] as? Int == 1)
            #expect(street["officialResolution"] as? Double == 0.5 && street["officialSatisfaction"] as? Double == 0.5)
            let differing = try #require(report["disagreements"] as? [[String: Any]])
            #expect(differing.map { $0["case"] as? String } == [second])
            #expect(differing.first?["rates"] as? [String] == ["response"])
            let text = try Self.streetdesk(["report"], journal).output
            #expect(text.contains("Hotline call-backs that differ from the street's own figures: 1\n- \(second)  response"), "\(text)")
        }
    }
}
