import Foundation
import Testing

/// What the commands do with a damaged journal, a seal, and complainants' numbers.
@Suite struct TrustCommandTests {
    func demo(_ dir: String) throws -> String {
        let journal = dir + "/demo.journal"
        let result = try Binary.run(["init", "--demo", "--journal", journal])
        #expect(result.status == 0, "\(result.error)")
        return journal
    }

    func lastSeq(_ journal: String) throws -> Int {
        Int(try shell("/usr/bin/sqlite3", [journal, "SELECT max(seq) FROM entries"]).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Edits an entry outside StreetDesk, as someone with the file could.
    func alter(_ journal: String, seq: Int) throws {
        _ = try shell("/usr/bin/sqlite3", [journal, "DROP TRIGGER entries_no_update; UPDATE entries SET operator = '某人' WHERE seq = \(seq);"])
    }

    @Test func aDamagedJournalIsReadWithAWarningAndWrittenNoMore() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let bad = try lastSeq(journal) - 3
            try alter(journal, seq: bad)
            for reading in [["show"], ["log"], ["report"], ["show", "--json"]] {
                let result = try Binary.run(reading + ["--journal", journal])
                #expect(result.status == 0, "\(reading): \(result.error)")
                #expect(result.error.contains("entry \(bad)'s content does not match its hash"), "\(reading): \(result.error)")
                #expect(!result.output.isEmpty)
            }
            let before = try lastSeq(journal)
            let refused = try Binary.run(["do", "handover", "--to", "王静", "--note", "无", "--journal", journal, "--operator", "李明"])
            #expect(refused.status == 1)
            #expect(refused.error.contains("read-only") && refused.error.contains("entry \(bad)"), "\(refused.error)")
            #expect(try lastSeq(journal) == before)
            let explained = try Binary.run(["verify", "--explain", "--journal", journal], environment: ["LANG": "zh_CN.UTF-8"])
            #expect(explained.status == 1)
            #expect(explained.error.contains("第 \(bad) 条") && explained.error.contains("streetdesk log --since \(bad - 1)"), "\(explained.error)")
        }
    }

    @Test func theDeskNamesTheDamageInItsBanner() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let bad = try lastSeq(journal) - 3
            try alter(journal, seq: bad)
            let t = try Tmux("env LANG=C.UTF-8 \(Binary.path) desk --journal \(journal) --operator 李明; sleep 60", width: 200, height: 40)
            let screen = try t.waitFor("journal damaged, read-only: entry \(bad)")
            #expect(screen.contains("Complaints"))
        }
    }

    @Test func aSealFindsAJournalCutShortAndAHandoverWritesOne() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let seal = dir + "/paper.seal"
            let sealed = try Binary.run(["seal", "--journal", journal, "--to", seal, "--operator", "赵建国"])
            #expect(sealed.status == 0 && sealed.output.contains("signature: "), "\(sealed.error)")
            #expect(try Binary.run(["verify", "--journal", journal, "--seal", seal]).output.contains("seal matches"))
            let handover = try Binary.run(["do", "handover", "--to", "王静", "--note", "无", "--journal", journal, "--operator", "李明"])
            #expect(handover.status == 0, "\(handover.error)")
            #expect(try Binary.run(["verify", "--journal", journal, "--seal", journal + ".seal"]).status == 0)
            let last = try lastSeq(journal)
            _ = try shell("/usr/bin/sqlite3", [journal, "DROP TRIGGER entries_no_delete; DELETE FROM entries WHERE seq = \(last);"])
            let cut = try Binary.run(["verify", "--journal", journal, "--seal", journal + ".seal"])
            #expect(cut.status == 1)
            #expect(cut.error.contains("shorter than its seal: sealed at entry \(last), it ends at entry \(last - 1)"), "\(cut.error)")
        }
    }

    /// The handover stands when its seal cannot be written, and the officer is told so, not left to find out.
    @Test func aHandoverWhoseSealCannotBeWrittenSaysSo() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            // A directory where the seal goes: the seal cannot be put in its place.
            try FileManager.default.createDirectory(atPath: journal + ".seal", withIntermediateDirectories: false)
            let handover = try Binary.run(["do", "handover", "--to", "王静", "--note", "无", "--journal", journal, "--operator", "李明"])
            #expect(handover.status == 0, "\(handover.error)")
            #expect(handover.error.contains("the handover is recorded, but its seal could not be written"), "\(handover.error)")
            #expect(handover.error.contains("streetdesk seal"))
        }
    }

    @Test func logMasksPhonesUnlessASupervisorRevealsThemAndTheRevealIsJournaled() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let full = try #require(try Regex(#""phone":"1[3-9][0-9]{9}""#))
            let masked = try #require(try Regex(#""phone":"1[0-9]{2}\*{4}[0-9]{4}""#))
            for arguments in [["log"], ["log", "--json"]] {
                let intakes = try Binary.run(arguments + ["--journal", journal]).output.split(separator: "\n").filter { $0.contains("case.intake") }
                #expect(intakes.contains { $0.contains(masked) } && !intakes.contains { $0.contains(full) }, "\(arguments)")
            }
            let officer = try Binary.run(["log", "--reveal", "--reason", "回访核实", "--journal", journal, "--operator", "李明"])
            #expect(officer.status == 2 && officer.output.isEmpty)
            let before = try lastSeq(journal)
            let supervisor = try Binary.run(["log", "--reveal", "--reason", "回访核实", "--journal", journal, "--operator", "赵建国"])
            #expect(supervisor.status == 0)
            #expect(supervisor.output.contains(full))
            let lines = supervisor.output.split(separator: "\n")
            #expect(lines.last?.contains("log.revealed") == true && lines.last?.contains("\"through\":\(before)") == true, "\(lines.last ?? "")")
        }
    }
}
