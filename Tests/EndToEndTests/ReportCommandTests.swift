import Foundation
import Testing

/// `streetdesk report` over periods and slices, in its four shapes, on the demo week.
@Suite struct ReportCommandTests {
    static func thisMonth() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month], from: Date())
        return String(format: "%04d-%02d", parts.year!, parts.month!)
    }

    func demo(_ dir: String) throws -> String {
        let journal = dir + "/demo.journal"
        try #require(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
        return journal
    }

    func json(_ arguments: [String]) throws -> [String: Any] {
        let ran = try Binary.run(arguments)
        try #require(ran.status == 0, "\(arguments): \(ran.error)")
        return try #require(try JSONSerialization.jsonObject(with: Data(ran.output.utf8)) as? [String: Any])
    }

    @Test func aMonthBySliceBesideTheMonthBefore() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let month = Self.thisMonth()
            let report = try json(["report", "--journal", journal, "--month", month, "--by", "community", "--compare", "previous", "--json"])
            let street = try #require(report["street"] as? [String: Any])
            let slices = try #require(report["slices"] as? [[String: Any]])
            #expect(slices.count == 5)
            #expect(slices.map { $0["takenIn"] as! Int }.reduce(0, +) == street["takenIn"] as? Int)
            #expect((report["period"] as? [String: Any])?["label"] as? String == month)
            #expect((report["previousPeriod"] as? [String: Any])?["to"] as? String != nil)
            // The cases behind a figure are as many as it counts.
            let overdue = try json(["report", "--journal", journal, "--month", month, "--cases", "overdue", "--json"])
            #expect((overdue["cases"] as? [Any])?.count == street["overdue"] as? Int)
        }
    }

    /// 主题: `do tag` journals the tag, `report --by tag` counts the case under each of its themes,
    /// and `--cases --by tag --of` lists it; the text report says the themes need not add up.
    @Test func casesTaggedWithThemesAreAReportSlice() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            for (id, theme) in [("C0001", "heating"), ("C0002", "heating"), ("C0002", "old-estates")] {
                let tagged = try Binary.run(["do", "tag", id, "--theme", theme, "--journal", journal])
                try #require(tagged.status == 0, "\(tagged.error)")
            }
            let again = try Binary.run(["do", "tag", "C0001", "--theme", "heating", "--journal", journal, "--lang", "zh"])
            #expect(again.status != 0 && again.error.contains("已标记主题“每月一题·冬季供暖”"))
            // The demo's weeks, whichever months they fall in.
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: "Asia/Shanghai")!
            func day(_ offset: Int) -> String {
                let parts = calendar.dateComponents([.year, .month, .day], from: Date().addingTimeInterval(Double(offset) * 86_400))
                return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
            }
            let period = ["--from", day(-30), "--to", day(0)]
            let report = try json(["report", "--journal", journal] + period + ["--by", "tag", "--json"])
            let slices = try #require(report["slices"] as? [[String: Any]])
            #expect(slices.map { $0["id"] as? String } == ["heating", "old-estates"])
            #expect(slices.map { $0["takenIn"] as? Int } == [2, 1])
            let listed = try json(["report", "--journal", journal] + period + ["--cases", "taken-in", "--by", "tag", "--of", "heating", "--json"])
            #expect((listed["cases"] as? [[String: Any]])?.compactMap { $0["id"] as? String } == ["C0001", "C0002"])
            let text = try Binary.run(["report", "--journal", journal] + period + ["--by", "tag", "--lang", "zh"]).output
            #expect(text.contains("各主题之和不等于全街道"))
        }
    }

    @Test func csvOpensInASpreadsheetAndMarkdownIsATable() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let csv = try Binary.run(["report", "--journal", journal, "--month", Self.thisMonth(), "--by", "category", "--format", "csv", "--lang", "zh"])
            #expect(csv.status == 0)
            #expect(csv.output.hasPrefix("\u{FEFF}范围,id,期间,受理,"))
            #expect(csv.output.contains("\n全街道,,") && !csv.output.contains("␍"))
            let md = try Binary.run(["report", "--journal", journal, "--format", "md", "--lang", "zh"]).output
            #expect(md.hasPrefix("## 示范街道 · "))
            #expect(md.contains("\n| 范围 | 受理 |") && md.contains("\n|---|---:|"))
        }
    }

    @Test func aPeriodInTheFutureOrBeforeTheJournalSaysSo() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let future = try Binary.run(["report", "--journal", journal, "--from", "2035-01-01", "--to", "2035-01-31"])
            #expect(future.status == 0 && future.output.contains("2035-01-01 – 01-31 has not begun yet"))
            // An ISO week that spans two years carries both.
            let week = try Binary.run(["report", "--journal", journal, "--week", "2026-W01"])
            #expect(week.status == 0 && week.output.contains("2026-W01 (2025-12-29 – 2026-01-04) is before this journal begins"))
            for refused in [["--week", "2026-W54"], ["--month", "2026-13"], ["--month", "2026-11", "--date", "2026-11-02"],
                            ["--from", "2026-11-02"], ["--from", "2026-11-05", "--to", "2026-11-01"], ["--by", "street"],
                            ["--format", "xls"], ["--compare", "last-year"], ["--cases", "everything"]] {
                let ran = try Binary.run(["report", "--journal", journal] + refused)
                #expect(ran.status == 2 && ran.error.hasPrefix("streetdesk: "), "\(refused): \(ran.error)")
            }
        }
    }
}
