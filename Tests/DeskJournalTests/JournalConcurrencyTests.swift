import Foundation
import Testing
@testable import DeskJournal

/// Collects what concurrent writers report.
private final class Collected<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Value] = []
    func add(_ value: Value) { lock.withLock { values.append(value) } }
    var all: [Value] { lock.withLock { values } }
}

private struct Refusal: Error, Equatable {
    let reason: String
}

@Suite("Journal: several consoles at once")
struct JournalConcurrencyTests {
    /// Four consoles, each its own connection, appending at once: one chain, no gaps, nothing lost.
    @Test func concurrentWritersNeverForkTheChain() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journals = try [Journal.create(at: path)] + (1..<4).map { _ in try Journal.open(at: path) }
            let errors = Collected<String>()
            DispatchQueue.concurrentPerform(iterations: 4) { writer in
                for n in 1...200 {
                    do { try journals[writer].append([sample(n, console: "desk-\(writer)")]) }
                    catch { errors.add("\(error)") }
                }
            }
            #expect(errors.all.isEmpty, "\(errors.all.count) appends failed, first: \(errors.all.first ?? "")")
            let entries = try journals[0].entries(after: 0)
            #expect(entries.map(\.seq) == Array(1...800))
            #expect(try journals[0].verify() == .intact(count: 800))
            for writer in 0..<4 {
                let own = entries.filter { $0.console == "desk-\(writer)" }.map(\.payload)
                let allInOrder = own == samples(1...200).map(\.payload)
                #expect(allInOrder, "desk-\(writer) has \(own.count) of its 200 entries, or not in the order written")
            }
        }
    }

    /// Each decision sees exactly the entries up to the chain's end at the moment it writes.
    @Test func concurrentDecisionsAreNeverStale() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journals = try [Journal.create(at: path)] + (1..<4).map { _ in try Journal.open(at: path) }
            let errors = Collected<String>()
            DispatchQueue.concurrentPerform(iterations: 4) { writer in
                var known: Int64 = 0
                for _ in 1...50 {
                    do {
                        let result = try journals[writer].append(after: known) { caughtUp in
                            let seen = caughtUp.last?.seq ?? known
                            return ([NewEntry(at: sampleTime(), operatorName: "王芳", console: "desk-\(writer)",
                                              kind: "test.saw", payload: #"{"saw":\#(seen)}"#)], seen)
                        }
                        if result.caughtUp.map(\.seq) != Array((known + 1)..<(known + 1 + Int64(result.caughtUp.count))) {
                            errors.add("writer \(writer) caught up with a gap after \(known)")
                        }
                        known = result.appended.last!.seq
                    } catch { errors.add("\(error)") }
                }
            }
            #expect(errors.all.isEmpty, "\(errors.all.count) appends failed, first: \(errors.all.first ?? "")")
            let entries = try journals[0].entries(after: 0)
            #expect(entries.count == 200)
            #expect(entries.allSatisfy { $0.payload == #"{"saw":\#($0.seq - 1)}"# })
            #expect(try journals[0].verify() == .intact(count: 200))
        }
    }

    /// Another process holds the write lock for a second: the append waits for it instead of failing "database is locked".
    @Test func appendWaitsForAnotherProcessesWriteLock() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let journal = try Journal.create(at: path)
            try journal.append(samples(1...2))
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
            holder.arguments = [path]
            let script = Pipe()
            holder.standardInput = script
            try holder.run()
            script.fileHandleForWriting.write(Data("""
                BEGIN IMMEDIATE;
                .shell touch \(dir)/locked
                .shell sleep 1
                COMMIT;

                """.utf8))
            try script.fileHandleForWriting.close()
            let deadline = Date().addingTimeInterval(10)
            while !FileManager.default.fileExists(atPath: dir + "/locked") && Date() < deadline {
                Thread.sleep(forTimeInterval: 0.01)
            }
            try #require(FileManager.default.fileExists(atPath: dir + "/locked"))
            let started = Date()
            #expect(try journal.append([sample(3)]).map(\.seq) == [3])
            #expect(Date().timeIntervalSince(started) > 0.5)
            holder.waitUntilExit()
            #expect(holder.terminationStatus == 0)
            #expect(try journal.verify() == .intact(count: 3))
        }
    }

    @Test func appendAfterSeesOtherConsolesEntries() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let first = try Journal.create(at: path)
            let second = try Journal.open(at: path)
            let theirs = try first.append(samples(1...3))
            let result = try second.append(after: 0) { caughtUp in
                ([sample(4, console: "desk-2")], caughtUp.count)
            }
            #expect(result.caughtUp == theirs)
            #expect(result.appended.map(\.seq) == [4])
            #expect(result.appended[0].previousHash == theirs[2].hash)
            #expect(result.value == 3)
            #expect(try first.entries(after: 3) == result.appended)

            let nothingNew = try second.append(after: 4) { caughtUp in ([NewEntry](), caughtUp.isEmpty) }
            #expect(nothingNew.value && nothingNew.appended.isEmpty)
        }
    }

    @Test func throwingDecisionWritesNothing() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let first = try Journal.create(at: path)
            let second = try Journal.open(at: path)
            try first.append(samples(1...2))
            #expect(throws: Refusal(reason: "案件已办结")) {
                try second.append(after: 0) { _ -> ([NewEntry], Void) in throw Refusal(reason: "案件已办结") }
            }
            // A refused entry in the decision's batch also takes the valid ones down with it.
            #expect(throws: JournalError.invalidEntry(index: 1, problem: .payloadNotJSON)) {
                try second.append(after: 2) { _ in
                    ([sample(3), NewEntry(at: sampleTime(), operatorName: "王芳", console: "desk-2",
                                          kind: "case.intake", payload: "not json")], ())
                }
            }
            #expect(try first.lastSeq() == 2)
            #expect(try second.verify() == .intact(count: 2))
        }
    }

    @Test func appendAfterRefusesEntriesTheJournalDoesNotHave() throws {
        try withScratch { dir in
            let journal = try Journal.create(at: dir + "/desk.journal")
            try journal.append(samples(1...2))
            #expect(throws: JournalError.beyondEnd(knownSeq: 5, lastSeq: 2)) {
                try journal.append(after: 5) { _ in ([sample(3)], ()) }
            }
            #expect(try journal.lastSeq() == 2)
        }
    }
}
