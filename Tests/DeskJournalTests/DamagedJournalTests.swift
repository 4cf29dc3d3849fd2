import DeskCore
import DeskDemo
import Foundation
import Testing
@testable import DeskJournal

/// A damaged journal degrades: the state before the damage, the damage named, every write refused.
@Suite("Journal: a damaged journal is read-only")
struct DamagedJournalTests {
    static let profile = try! DemoProfile.load()
    static let history = CheckpointTests.history
    let grid = GridCode("110101099001001")!

    var intake: DeskCommand { .intake(.init(type: .complaint, category: "env.garbage", grid: grid, summary: "3号楼垃圾")) }

    /// The demo week, with a checkpoint at `checkpointAt` when given.
    func demo(_ dir: String, checkpointAt: Int? = nil) throws -> (Journal, String) {
        let path = dir + "/demo.journal"
        return (try CheckpointTests().demoJournal(path, checkpointAt: checkpointAt), path)
    }

    /// Opening, the read-only state, and refusing both ways of writing.
    func expectReadOnly(_ journal: Journal, at damage: JournalDamage) throws {
        let session = try DeskSession(journal: journal, operatorName: "赵建国", console: "c")
        #expect(session.damage == damage)
        #expect(session.state.lastSeq == damage.seq - 1)
        let last = try journal.lastSeq()
        #expect(throws: damage) { try session.perform(intake, at: Date()) }
        #expect(throws: damage) { try DeskSession.performOnce(intake, on: journal, operatorName: "赵建国", console: "c", at: Date()) }
        #expect(try journal.lastSeq() == last)
        let replayed = try DeskSession.replay(journal)
        #expect(replayed.damage == damage && replayed.state == session.state)
    }

    @Test func anEntryAlteredAfterTheCheckpointIsFoundOnOpening() throws {
        try withScratch { dir in
            let (journal, path) = try demo(dir, checkpointAt: 1000)
            try tamper(path, "UPDATE entries SET operator = '某人' WHERE seq = 1500;")
            try expectReadOnly(journal, at: JournalDamage(seq: 1500, problem: .altered))
        }
    }

    @Test func aMissingEntryIsFound() throws {
        try withScratch { dir in
            let (journal, path) = try demo(dir)
            try tamper(path, "DELETE FROM entries WHERE seq = 1200;")
            try expectReadOnly(journal, at: JournalDamage(seq: 1200, problem: .missing))
        }
    }

    /// Entries that chain correctly but cannot be read: an unknown kind, a payload of the wrong shape.
    @Test(arguments: [("case.teleported", "{}"), ("case.routed", #"{"id":1}"#)])
    func anUnreadableEntryWithAnIntactChain(kind: String, payload: String) throws {
        try withScratch { dir in
            let (journal, _) = try demo(dir, checkpointAt: 1000)
            let bad = try journal.append([NewEntry(at: Date(), operatorName: "x", console: "c", kind: kind, payload: payload)])[0]
            let damage = try #require(try DeskSession(journal: journal, operatorName: "x", console: "c").damage)
            #expect(damage.seq == bad.seq)
            try expectReadOnly(journal, at: damage)
        }
    }

    /// The fold once force-unwrapped the street for a case: an intake before the street is out of place.
    @Test func anIntakeBeforeTheStreetIsOutOfPlace() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/odd.journal")
            let intake = try #require(Self.history.first { if case .caseTakenIn = $0.event { true } else { false } }).event
            try journal.append([DeskSession.newEntry(intake, at: Date(), by: "x", from: "c"),
                                DeskSession.newEntry(.streetConfigured(Self.profile), at: Date(), by: "x", from: "c")])
            let session = try DeskSession(journal: journal, operatorName: "x", console: "c")
            #expect(session.damage == JournalDamage(seq: 1, problem: .outOfPlace(kind: "case.intake")))
            #expect(session.state.street == nil)
        }
    }

    /// An open desk finds damage as it arrives (its tick), keeps what it had, and refuses from then on.
    @Test func damageArrivingWhileOpenIsFoundAndShownAtTheNextTick() throws {
        try withScratch { dir in
            let (journal, path) = try demo(dir)
            let session = try DeskSession(journal: journal, operatorName: "赵建国", console: "c")
            let other = try DeskSession(journal: try Journal.open(at: path), operatorName: "王芳", console: "d")
            try other.perform(intake, at: Date())
            try tamper(path, "UPDATE entries SET payload = json_set(payload, '$.summary', '改过') WHERE seq = \(try journal.lastSeq());")
            let before = session.state
            #expect(try session.catchUp(), "the desk redraws to show the damage")
            #expect(session.state == before)
            #expect(session.damage == JournalDamage(seq: try journal.lastSeq(), problem: .altered))
            #expect(throws: JournalDamage.self) { try session.perform(intake, at: Date()) }
        }
    }

    /// The cost of opening: the chain before the newest checkpoint is taken as verified (its stamp matches
    /// its entry's hash). An entry altered there with the hashes left alone is found by `verify`, not by opening.
    @Test func openingChecksTheTailAfterTheCheckpointAndVerifyChecksEverything() throws {
        try withScratch { dir in
            let (journal, path) = try demo(dir, checkpointAt: 1000)
            try tamper(path, "UPDATE entries SET operator = '某人' WHERE seq = 500;")
            #expect(try DeskSession(journal: journal, operatorName: "x", console: "c").damage == nil)
            #expect(try journal.verify() == .broken(JournalDamage(seq: 500, problem: .altered)))
        }
    }

    @Test func aJournalOfANewerFormatIsReportedAsSuch() throws {
        let damage = JournalDamage(seq: 1, .newerFormat(JournalFormat.current + 1))
        #expect(damage.problem == .newerFormat(JournalFormat.current + 1))
        #expect(damage.banner.en.contains("newer StreetDesk") && !damage.banner.en.contains("damaged"))
        #expect(damage.banner.zh.contains("更新版本"))
    }
}
