import DeskCore
@testable import DeskUI
import Foundation
import Testing

/// The layout slips a shift at 80×24 found: text cut without a mark, Chinese wrapped against the
/// typesetting rules, columns that move, a state said twice, a time under the wrong heading, and
/// two overdue counts that differ without saying why.
@Suite struct LayoutSlipTests {
    func rows(_ app: DeskApp, _ width: Int, _ height: Int) -> [String] {
        app.render(width: width, height: height).rows()
    }

    /// Each help line is shown whole or cut with `…`, at the narrowest width the desk draws (tall
    /// enough to show every line).
    @Test(arguments: Language.allCases)
    func helpCutsWithAnEllipsis(_ language: Language) throws {
        let (app, _) = Fixture.app(language)
        for board in Board.allCases {
            app.press(.char(Character(String(board.rawValue))), .char("?"))
            let screen = rows(app, 60, 90)
            let view = try #require(app.view())
            for (label, help) in HelpView.lines(board, view) where !help.isEmpty {
                let line = label + help
                let whole = screen.contains { $0.contains(line) }
                let cut = screen.contains { row in
                    let shown = row.trimmingCharacters(in: CharacterSet(charactersIn: " │"))
                    guard shown.hasSuffix("…") else { return false }
                    let kept = shown.dropLast().trimmingCharacters(in: .whitespaces)
                    return kept.count > label.count && line.hasPrefix(kept)
                }
                #expect(whole || cut, "\(board) \(language): \(line)")
            }
            app.press(.escape)
        }
    }

    /// The map's side panel cuts a long fact with `…` (80×24 below the map, 120×40 beside it).
    @Test func mapPanelCutsWithAnEllipsis() {
        let (en, _) = Fixture.app(.en)
        en.press(.char("1"))
        let services = rows(en, 80, 24).first { $0.hasPrefix(" Services") } ?? ""
        #expect(services.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(services)")
        let (zh, _) = Fixture.app(.zh)
        zh.press(.char("1"))
        let rates = rows(zh, 120, 40).first { $0.contains("三率") } ?? ""
        #expect(rates.trimmingCharacters(in: .whitespaces).hasSuffix("…"), "\(rates)")
    }

    /// No wrapped row starts with closing punctuation or ends with an opening bracket, and a
    /// full stop never stands alone, at every width.
    @Test func wrappedChineseKeepsThePunctuationRules() {
        let text = "居民反映：楼道内（三层至五层）堆放杂物，影响通行。物业称“已通知”，但未清理。请尽快处理，并回访。"
        for width in 12...40 {
            let rows = DetailView.wrap((text, .normal), width: width).map { $0.text.trimmingCharacters(in: .whitespaces) }
            #expect(rows.map { $0.count }.reduce(0, +) == text.count, "width \(width) lost text: \(rows)")
            for row in rows.dropFirst() {
                #expect(!"，。、；：？！）”".contains(row.first!), "width \(width): \(rows)")
            }
            for row in rows.dropLast() {
                #expect(!"（“".contains(row.last!), "width \(width): \(rows)")
            }
        }
    }

    /// A timeline whose entry numbers change width keeps its time column in place.
    @Test func timelineColumnsStayPut() throws {
        let (app, backend) = Fixture.app(.en)
        let view = try #require(app.view())
        let item = try #require(backend.state.cases.values.first { item in
            Set(item.entries.map { String($0).count }).count > 1
        })
        let lines = DetailView.timeline(item.entries, view).dropFirst(2).map(\.text)
        let columns = Set(lines.map { line in line.distance(from: line.startIndex, to: line.firstIndex(of: "-")!) })
        #expect(columns.count == 1, "\(lines)")
    }

    /// A department still to report in is `待报到` once, not `待报到  待报到`.
    @Test func whistleDetailSaysTheStateOnce() throws {
        let (app, backend) = Fixture.app(.zh)
        let view = try #require(app.view())
        let pending = backend.state.whistles.values.filter { $0.summons.contains { $0.record(at: Fixture.now) == .pending } }
        #expect(!pending.isEmpty)
        for whistle in pending {
            for line in WhistleDetail.lines(whistle, view) {
                #expect(!line.text.contains("待报到  待报到"), "\(whistle.id): \(line.text)")
            }
        }
    }

    /// A dispatch concluded today keeps its planned time under 计划; when it concluded is said with the outcome.
    @Test func concludedDispatchShowsItsPlannedTime() throws {
        let (app, backend) = Fixture.app(.zh)
        let dispatch = try #require(backend.state.openDispatches().first)
        for unit in dispatch.units where unit.status != .cleared {
            _ = try backend.perform(.unitStatus(dispatch.id, department: unit.department, status: .cleared), at: Fixture.now)
        }
        _ = try backend.perform(.conclude(dispatch.id, outcome: .dissuaded, findings: "已劝离"), at: Fixture.now)
        app.press(.char("4"))
        let view = try #require(app.view())
        let row = try #require(rows(app, 80, 24).first { $0.hasPrefix(dispatch.id.raw) && $0.contains("已劝离") })
        #expect(row.hasPrefix("\(dispatch.id.raw) \(view.when(dispatch.plannedAt)) "), "\(row)")
        #expect(row.contains("已结 14:00"), "\(row)")
    }

    /// The header counts cases and whistles; the Today board says how many of each.
    @Test func todayExplainsTheHeadersOverdueCount() {
        let (app, backend) = Fixture.app(.en)
        app.press(.char("6"))
        let alarms = backend.state.alarmCounts(at: Fixture.now)
        let cases = backend.state.queue.counts(at: Fixture.now)
        #expect(alarms.overdue != cases.overdue, "the demo has overdue whistles")
        let text = app.text()
        #expect(text.contains("overdue cases \(cases.overdue)"))
        #expect(text.contains("overdue whistles \(alarms.overdue - cases.overdue)"))
        #expect(text.contains("cases needing attention"))
    }
}
