import DeskCore
@testable import DeskUI
import Testing

/// `S` on the whistles, dispatches and departments boards: each order as a plain sort over the
/// board's own list would give it, shown on the tabs row and in the help.
@Suite struct BoardSortTests {
    func listed(_ app: DeskApp) throws -> [ItemRef] {
        let view = try #require(app.view())
        return app.screen.items(view)
    }

    @Test func whistlesSortByTimeBlownTypeAndGridAndKeepTheClosedLast() throws {
        let (app, backend) = Fixture.app(.en)
        app.press(.char("3"))
        let own = try listed(app)
        let open = backend.state.openWhistles()
        func whistles(_ items: [ItemRef]) -> [Whistle] {
            items.compactMap { if case .whistle(let id) = $0 { backend.state.whistles[id] } else { nil } }
        }
        app.press(.char("S"))
        let blown = whistles(try listed(app))
        #expect(blown.prefix(open.count).map(\.blownAt) == open.map(\.blownAt).sorted())
        #expect(blown.dropFirst(open.count).allSatisfy { !$0.isOpen })
        #expect(app.text(width: 120, height: 40).contains("by time blown"))
        app.press(.char("S"))
        let types = whistles(try listed(app)).prefix(open.count).map { WhistleType.allCases.firstIndex(of: $0.type)! }
        #expect(types == types.sorted(by: >) && Set(types).count > 1)
        app.press(.char("S"))
        #expect(whistles(try listed(app)).prefix(open.count).map(\.grid) == open.map(\.grid).sorted())
        app.press(.char("S"))
        #expect(try listed(app) == own)
    }

    @Test func dispatchesSortByPlannedTimeWithTheirUnitsBelowThem() throws {
        let (app, backend) = Fixture.app(.zh)
        app.press(.char("4"), .char("S"))
        let items = try listed(app)
        let dispatches = items.compactMap { if case .dispatch(let id) = $0 { backend.state.dispatches[id] } else { nil } }.filter(\.isOpen)
        #expect(dispatches.count > 1)
        #expect(dispatches.map(\.plannedAt) == dispatches.map(\.plannedAt).sorted())
        for (index, item) in items.enumerated() {
            guard case .unit(let id, _) = item else { continue }
            let owner = items[..<index].last { if case .dispatch = $0 { true } else { false } }
            #expect(owner == .dispatch(id))
        }
    }

    @Test func departmentsSortByTheLowestScoreOverThePeriod() throws {
        let (app, backend) = Fixture.app(.zh)
        app.press(.char("5"), .char("S"))
        let days = BoardKit.lastWeek(try #require(app.view()))
        let weights = backend.state.street!.profile.rateWeights
        let scores = try listed(app).compactMap { item -> Double? in
            guard case .department(let id) = item else { return nil }
            return backend.state.rates(.department(id), days: days, at: Fixture.now).composite(weights) ?? .infinity
        }
        #expect(scores == scores.sorted() && scores.first! < scores.last!)
        #expect(app.text().contains("按综合（低在前）"))
    }

    /// The Today board keeps deadline order, which its overdue count is read from.
    @Test func theTodayBoardIsNotSortedAndItsOverdueCountHolds() throws {
        let (app, backend) = Fixture.app(.en)
        app.press(.char("3"), .char("S"), .char("6"), .char("S"))
        let view = try #require(app.view())
        let items = try listed(app)
        #expect(BoardKit.overdueCount(items, view) == backend.state.queue.counts(at: Fixture.now).overdue)
        #expect(Keymap.command(for: .char("S"), on: .today) == nil)
        for board in [Board.whistles, .dispatches, .departments] {
            #expect(Keymap.help(for: board).contains { $0.command == .nextSort && $0.boards == [board] })
        }
    }
}

@Suite struct SortSaidTests {
    /// At 80 columns the English tabs row has no room for the order: S says it on the status line.
    @Test func pressingSSaysTheNewOrderOnTheStatusLine() throws {
        let (app, _) = Fixture.app(.en)
        app.press(.char("2"), .char("S"))
        let text = app.text(width: 80, height: 24)
        #expect(text.components(separatedBy: "\n").last?.contains("now by age") == true, "\(text)")
        app.press(.char("3"), .char("S"))
        #expect(app.text(width: 80, height: 24).contains("now by time blown"))
    }
}
