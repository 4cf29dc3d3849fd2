import DeskCore
import DeskExchange
import Foundation
import Testing

/// The file formats on their own: reading (a byte-order mark, row numbers, JSON numbers) and a
/// round trip of rows with hostile text through both formats.
@Suite struct ExchangeFileTests {
    @Test func aByteOrderMarkIsDroppedAndRowsAreNumberedAsASpreadsheetShowsThem() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data("order,summary\nA-1,第一\n\nA-2,\"两行\n内容\"\n".utf8)
        let rows = try ExchangeTable.read(data, format: .csv, columns: ["order", "summary"])
        #expect(rows.map(\.number) == [2, 4])
        #expect(rows.map { $0("order") } == ["A-1", "A-2"])
        #expect(rows.last?("summary") == "两行\n内容")
    }

    @Test func jsonNumbersReadAsTheirText() throws {
        let rows = try ExchangeTable.read(Data(#"[{"order": 12345, "urged": 2}, 7]"#.utf8), format: .json, columns: [])
        #expect(rows.map { $0("order") } == ["12345", ""])
        #expect(rows.first?("urged") == "2")
    }

    @Test func rowsRoundTripThroughBothFormats() throws {
        let columns = ["order", "feedback"]
        let rows = [["A-1", "逗号, 引号 \" 换行\n结束"], ["A-2", "\u{1B}[2J" + String(repeating: "长", count: 5000)], ["A-3", ""]]
        for format in ExchangeFormat.allCases {
            let text = try ExchangeWriter.write(rows, columns: columns, format: format)
            let read = try ExchangeTable.read(Data(text.utf8), format: format, columns: columns)
            #expect(read.map { [$0.values["order"] ?? "", $0.values["feedback"] ?? ""] } == rows, "\(format)")
        }
    }

    @Test func invalidUTF8IsReplacedNotRefused() throws {
        let data = Data("order,summary\nA-1,".utf8) + Data([0xFF, 0xFE]) + Data("坏\n".utf8)
        let rows = try ExchangeTable.read(data, format: .csv, columns: ["order", "summary"])
        #expect(rows.first?("summary") == "\u{FFFD}\u{FFFD}坏")
    }

    @Test func everyPhraseHasBothLanguages() {
        for phrase in ExchangeText.all {
            #expect(!phrase.zh.isEmpty && !phrase.en.isEmpty)
            #expect(phrase.zh != phrase.en)
        }
    }
}
