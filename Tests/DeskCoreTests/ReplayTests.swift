@testable import DeskCore
import DeskDemo
import Foundation
import PropertyBased
import Testing

@Suite struct ReplayTests {
    static let now = Date(timeIntervalSince1970: 1_795_600_000)
    static let demo = DemoHistory.generate(profile: Desk.profile, endingAt: now)

    /// Folding the decoded journal payloads gives exactly the state that deciding built.
    static func replay(_ entries: [PendingEntry]) throws -> (live: DeskState, replayed: DeskState) {
        var live = DeskState()
        var replayed = DeskState()
        for (i, entry) in entries.enumerated() {
            let seq = Int64(i + 1)
            live.apply(Recorded(seq: seq, at: entry.at, operatorName: entry.operatorName, console: entry.console, event: entry.event))
            let decoded = try EventCoding.decode(kind: entry.event.kind, payload: EventCoding.encode(entry.event))
            replayed.apply(Recorded(seq: seq, at: entry.at, operatorName: entry.operatorName, console: entry.console, event: decoded))
        }
        return (live, replayed)
    }

    @Test func demoWeekIsLivelyAndVaried() {
        let state = DeskState(replaying: Self.demo.recorded())
        #expect((250...400).contains(state.caseOrder.count))
        let open = state.openCases().map { state.deadlineState(of: $0, at: Self.now) }
        #expect(open.contains(.overdue))
        #expect(open.contains(.dueSoon))
        #expect(open.contains(.onTrack))
        #expect(state.cases.values.contains { $0.status == .closed })
        #expect(state.cases.values.contains { $0.status == .merged })
        #expect(state.cases.values.contains { $0.status == .returned })
        #expect(state.cases.values.contains { $0.reopenCount > 0 })
        let records = state.whistleRecords(in: Date.distantPast..<Self.now, at: Self.now).values
        #expect(records.contains { $0.late > 0 })
        #expect(records.contains { $0.onTime > 0 })
        #expect(!state.refusals.isEmpty)
        #expect(!state.openDispatches().isEmpty)
        #expect(state.dispatches.values.contains { !$0.isOpen })
        #expect(state.findings.values.contains { $0.caseID != nil })
        #expect(!state.handovers.isEmpty)
        #expect(!state.ratings.isEmpty)
        #expect(Self.demo.allSatisfy { $0.at <= Self.now })
        #expect(zip(Self.demo, Self.demo.dropFirst()).allSatisfy { $0.at <= $1.at })
    }

    @Test func demoIsReproducible() {
        #expect(DemoHistory.generate(profile: Desk.profile, endingAt: Self.now) == Self.demo)
    }

    @Test func replayingTheDemoEqualsTheLiveFold() throws {
        let (live, replayed) = try Self.replay(Self.demo)
        #expect(live.lastSeq == Int64(Self.demo.count))
        #expect(live == replayed, "the replayed state differs from the live fold")
    }

    @Test func unknownKindAndBadPayloadAreReported() {
        #expect(throws: EventDecodingError.unknownKind("case.teleported")) {
            try EventCoding.decode(kind: "case.teleported", payload: "{}")
        }
        #expect(throws: EventDecodingError.self) { try EventCoding.decode(kind: "case.intake", payload: "{\"id\":1}") }
    }

    /// Random command sequences with merges, returns, extensions and reopens, by duty officers
    /// and now and then the supervisor: no case leaves the queue without feedback to its own
    /// complainant, every return and extension that took effect was approved by a supervisor,
    /// and the replay of what was written equals the live state.
    @Test func invariantsHoldOverRandomCommandSequences() async {
        let steps = Gen.int(in: 0...10_000).array(of: 1...80)
        await propertyCheck(count: 80, input: steps) { rolls in
            let desk = RandomCommand.play(rolls, pause: 180, by: nil)
            for item in desk.state.cases.values where !item.status.isOpen {
                switch item.status {
                case .closed: #expect(item.feedbackAt != nil, "case \(item.id) closed without feedback to its complainant")
                case .merged:
                    // Still following a survivor that has not closed: its answer is still to come.
                    let survivor = item.mergedInto.flatMap { desk.state.cases[$0] }
                    #expect(survivor.map { $0.status != .closed } ?? false, "case \(item.id) merged into a closed case")
                case .returned:
                    #expect(item.source == .hotline, "case \(item.id) returned but not a hotline order")
                default: break
                }
            }
            for entry in desk.recorded {
                switch entry.event {
                case .caseReturned, .caseExtended:
                    // Or the 12345 centre moved the deadline: its order came with the extension.
                    let byTheCentre = desk.recorded.contains { other in
                        if case .orderApplied(let o) = other.event { o.id.raw == entry.event.subject && other.at == entry.at } else { false }
                    }
                    #expect(entry.operatorName == RandomCommand.supervisor || byTheCentre, "\(entry.event.kind) #\(entry.seq) by \(entry.operatorName)")
                default: break
                }
            }
            // What was written, read back through the journal's encoding, folds to the live state.
            let readBack = desk.recorded.map { r in
                (try? EventCoding.decode(kind: r.event.kind, payload: EventCoding.encode(r.event))).map {
                    Recorded(seq: r.seq, at: r.at, operatorName: r.operatorName, console: r.console, event: $0)
                }
            }
            #expect(readBack.allSatisfy { $0 != nil }, "an entry did not decode")
            #expect(DeskState(replaying: readBack.compactMap { $0 }) == desk.state)
        }
    }
}

extension ReplayTests {
    /// The random sequences do reach the states the invariants are about, or they prove little.
    @Test func randomSequencesReachEveryLifecycleState() {
        var seen = Set<String>()
        var seed = 12_345
        for _ in 0..<300 {
            let rolls = (0..<80).map { _ in seed = (seed &* 1_103_515_245 &+ 12_345) & 0x7fff_ffff; return seed % 10_001 }
            let desk = RandomCommand.play(rolls, pause: 180, by: nil)
            for item in desk.state.cases.values {
                if item.status == .closed, item.mergedInto != nil { seen.insert("merged and closed with its survivor") }
                if item.status == .returned { seen.insert("returned") }
                if item.extensionCount > 0 { seen.insert("extended") }
                if item.reopenCount > 0 { seen.insert("reopened") }
                if item.unsolvableReason != nil, item.status == .closed { seen.insert("closed as unsolvable") }
                if item.callbacks.count > 1 { seen.insert("called back twice") }
            }
        }
        #expect(seen.count == 6, "only reached: \(seen.sorted())")
    }
}

/// Picks a command from a number, aimed at the cases and whistles that exist.
enum RandomCommand {
    static let supervisor = "赵建国"

    /// One of five orders, urged, sent back or given a later deadline as the roll says: the same
    /// order comes again, changed or not.
    static func order(_ roll: Int, _ state: DeskState) -> HotlineOrder {
        let start = Desk.start
        return HotlineOrder(number: "20261118\(roll / 63 % 5)", receivedAt: start, dispatchedAt: start, type: .complaint,
                            categoryText: roll % 2 == 0 ? "垃圾清运" : "景区", address: roll % 3 == 0 ? "槐荫里" : "别处",
                            summary: "工单\(roll)", phone: nil, respondBy: start + .hours(24),
                            resolveBy: start + .days(7 + roll / 115 % 3), urgency: nil, urged: roll / 7 % 3, sentBack: roll / 13 % 2)
    }

    /// A desk after one random command per roll, each after a pause of up to `pause` minutes
    /// (refused commands write nothing), asked by `operatorName`, or when nil by a duty
    /// officer or now and then the supervisor.
    static func play(_ rolls: [Int], pause: Int = 240, by operatorName: String? = supervisor) -> Desk {
        var desk = Desk()
        for roll in rolls {
            desk.advance(.minutes(roll % pause))
            _ = try? desk.perform(make(roll, desk.state), by: operatorName ?? (roll % 4 == 0 ? supervisor : "李明"))
        }
        return desk
    }

    static func make(_ roll: Int, _ state: DeskState) -> DeskCommand {
        let id = state.caseOrder.isEmpty ? "C0001" : state.caseOrder[roll / 7 % state.caseOrder.count]
        let other = state.caseOrder.isEmpty ? "C0001" : state.caseOrder[roll / 11 % state.caseOrder.count]
        let whistle: WhistleID = state.whistleOrder.last ?? "W0001"
        let department: DepartmentID = ["sanitation", "police", "water"][roll / 3 % 3]
        switch roll % 21 {
        case 0: return .intake(.init(type: .complaint, category: "env.garbage", grid: grid1, summary: "垃圾\(roll)"))
        case 1: return .intake(.init(type: .help, source: CaseSource.allCases[roll / 21 % 4], category: "env.garbage", grid: grid1,
                                     summary: "来源\(roll)"))
        case 2: return .route(id, outcome: TriageOutcome.allCases[roll / 5 % 4], departments: roll % 3 == 0 ? [] : [department], reason: nil)
        case 3: return .contact(id, note: "")
        case 4: return roll % 2 == 0 ? .resolve(id, note: "") : .findUnsolvable(id, reason: "政策不允许")
        case 5: return .feedback(id, note: "已反馈")
        case 6: return .callback(id, solved: roll % 2 == 0, satisfaction: Satisfaction.allCases[roll % 3], note: "")
        case 7, 8: return .close(id, note: "")
        case 9: return .reopen(id, reason: "未解决")
        case 10: return .merge(id, into: other)
        case 11: return .returnCase(id, rule: "职责清单", reason: "")
        case 12: return .extend(id, by: .days(1 + roll % 20), reason: "协调")
        case 13: return .approve(id)
        case 14: return .reject(id, reason: "不予批准")
        case 15: return .whistle(.init(type: .routine, departments: [department], caseID: id))
        case 16: return .summons(whistle, department: department, to: SummonsState.allCases[roll % 5], note: "n")
        case 17: return .urgeSummons(whistle, department: department, note: "")
        // 主题: tagged and untagged, so the tag slots move in the ledger as the rest do.
        case 18 where roll / 21 % 3 == 1: return .tag(id, theme: ["heating", "parking"][roll / 5 % 2])
        case 18 where roll / 21 % 3 == 2 && roll % 2 == 0: return .untag(id, theme: ["heating", "parking"][roll / 5 % 2])
        case 18: return .urge(id, note: "")
        case 19 where roll / 21 % 3 == 0: return .order(RandomCommand.order(roll, state))
        case 20 where roll / 21 % 3 == 0:
            return .evaluate(id, responded: roll % 2 == 0, solved: roll % 3 == 0, satisfaction: Satisfaction.allCases[roll % 3])
        // The corrections and the handover's acknowledgement.
        case 19 where roll / 21 % 3 == 1: return .withdrawRefusal(whistle, department: department, reason: "记错部门")
        case 20 where roll / 21 % 3 == 1: return .recategorize(id, category: roll % 2 == 0 ? "env.garbage" : "utilities.no-water", reason: "更正")
        case 19 where roll / 21 % 3 == 2: return .handover(note: "交接", to: roll % 2 == 0 ? "王静" : "李明")
        case 20 where roll / 21 % 3 == 2: return .acknowledge
        default: return .closeWhistle(whistle, note: "")
        }
    }
}

@Suite struct TimestampTests {
    @Test func roundTripsEveryMillisecondExactly() {
        for ms in [Int64(1_795_000_000_123), 1_795_000_000_000, 1_795_000_000_999, 1, 0] {
            let date = Timestamp.date(milliseconds: ms)
            let text = Timestamp.format(date)
            #expect(Timestamp.parse(text) == date, "\(text)")
        }
        #expect(Timestamp.format(Timestamp.date(milliseconds: 1_795_000_000_123)) == "2026-11-18T11:06:40.123Z")
        #expect(Timestamp.parse("2026-11-18T11:06:40Z") == nil)
    }
}
