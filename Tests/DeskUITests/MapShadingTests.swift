import DeskCore
import DeskDemo
@testable import DeskUI
import Testing

/// The map: borders between communities, bars shaded by how many cases are in the worst state,
/// and a street of 300 grids still readable at 80×24.
@Suite struct MapShadingTests {
    @Test func communitiesAreBordered() throws {
        let (app, _) = Fixture.app(.zh)
        app.press(.char("1"))
        let rows = app.render(width: 120, height: 40).rows()
        let row = try #require(rows.first { $0.contains("槐荫二") && $0.contains("银杏一") })
        // 槐荫 (001) and 银杏 (002) meet between 槐荫二 and 银杏一; 槐荫一 and 槐荫二 share a community.
        func before(_ name: String) -> Character? {
            let range = row.range(of: name)!
            return row[..<row.index(range.lowerBound, offsetBy: -1)].last
        }
        #expect(before("银杏一") == "│", "\(row)")
        #expect(before("槐荫二") == " ", "\(row)")
    }

    @Test func barsAreShadedByCount() {
        let (app, _) = Fixture.app(.en)
        app.press(.char("1"))
        let text = app.text()
        #expect(text.contains("░8 late 1"), "one overdue: the lightest shade")
        #expect(text.contains("▒8 late 2"), "two overdue: darker")
        #expect(text.contains("shade=count ░1 ▒2 ▓3 █5"))
    }

    /// 300 grids in 12 rows of 25: every tile shows its count (or `·` for none open) at 80×24.
    @Test func threeHundredGridsFitAt80x24() throws {
        let profile = try DistrictProfile.load()
        var state = DeskState()
        for (n, event) in try state.decide(.configure(profile), at: Fixture.now, by: "测试员").enumerated() {
            state.apply(Recorded(seq: Int64(n + 1), at: Fixture.now, operatorName: "测试员", console: "test", event: event))
        }
        let app = DeskApp(backend: MemoryBackend(state: state, history: []), language: .zh,
                          theme: try Theme.load(name: "dark"), clock: { Fixture.now })
        app.press(.char("1"))
        let rows = app.render(width: 80, height: 24).rows()
        let marks = rows.dropFirst(2).prefix(12).map { $0.count { $0 == "·" } }
        #expect(marks == Array(repeating: 25, count: 12), "\(rows.joined(separator: "\n"))")
        #expect(rows.contains { $0.contains("槐荫第一网格") }, "the selected grid's panel")
    }
}
