@testable import DeskCore
import DeskDemo
import Foundation
import PropertyBased
import Testing

/// A checkpoint's content restores to exactly the state saved, indexes included, and folding
/// on from it gives what folding on from the live state gives.
@Suite struct ArchiveTests {
    static func roundTrip(_ state: DeskState) throws -> DeskState {
        try StateArchive.restore(header: StateArchive.header(state), figures: StateArchive.figures(state), items: StateArchive.items(state))
    }

    static let demo = ReplayTests.demo.recorded()

    @Test func theDemoWeekRestoresExactly() throws {
        let state = DeskState(replaying: Self.demo)
        let restored = try Self.roundTrip(state)
        #expect(restored == state)
        #expect(restored.queue.count > 100 && restored.queue == state.queue)
        #expect(restored.rates(.street, in: Date.distantPast..<ReplayTests.now, at: ReplayTests.now)
            == state.rates(.street, in: Date.distantPast..<ReplayTests.now, at: ReplayTests.now))
    }

    @Test func foldingOnFromARestoredHalfEqualsTheWholeFold() throws {
        let half = Self.demo.count / 2
        var restored = try Self.roundTrip(DeskState(replaying: Self.demo.prefix(half)))
        for entry in Self.demo.dropFirst(half) { restored.apply(entry) }
        #expect(restored == DeskState(replaying: Self.demo))
    }

    @Test func randomHistoriesRestoreExactly() async {
        let steps = Gen.int(in: 0...10_000).array(of: 1...60)
        await propertyCheck(count: 40, input: steps) { rolls in
            let desk = RandomCommand.play(rolls)
            #expect((try? Self.roundTrip(desk.state)) == desk.state)
        }
    }

    @Test func aPartialRestoreHoldsOnlyTheNamedRecordsAndTheCounts() throws {
        let state = DeskState(replaying: Self.demo)
        let wanted: CaseID = state.caseOrder[7]
        let items = StateArchive.items(state).filter { $0.kind == .caseRecord && $0.id == wanted.raw }
        let partial = try StateArchive.restore(header: StateArchive.header(state), items: items, complete: false)
        #expect(partial.cases.keys.map { $0 } == [wanted])
        #expect(partial.cases[wanted] == state.cases[wanted])
        #expect(partial.counts == state.counts && partial.lastSeq == state.lastSeq && partial.street == state.street)
        #expect(partial.queue.isEmpty)
    }

    @Test func damagedBytesAreRefusedNotMisread() throws {
        let state = DeskState(replaying: Self.demo)
        let header = StateArchive.header(state)
        #expect(throws: ArchiveError.self) { try StateArchive.restore(header: Array(header.dropLast(3)), items: []) }
        #expect(throws: ArchiveError.self) { try StateArchive.restore(header: header + [0], items: []) }
        var item = try #require(StateArchive.items(state).first { $0.kind == .caseRecord })
        item = StateArchive.Item(kind: .caseRecord, id: item.id, ordinal: 0, bytes: Array(item.bytes.prefix(item.bytes.count / 2)))
        #expect(throws: ArchiveError.self) { try StateArchive.restore(header: header, items: [item]) }
    }
}
