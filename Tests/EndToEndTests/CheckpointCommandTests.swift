import Foundation
import Testing

/// Checkpoints from the command line: saved, proven against the chain, and when damaged,
/// named by `verify --checkpoints` while every other command carries on from the chain, until
/// the next opening of the whole street rebuilds it.
@Suite struct CheckpointCommandTests {
    @Test func aCheckpointIsSavedProvenAndWhenDamagedPassedOver() throws {
        try withScratch { dir in
            let journal = dir + "/demo.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let saved = try Binary.run(["checkpoint", "--journal", journal])
            #expect(saved.status == 0, "\(saved.error)")
            #expect(saved.output.contains("checkpoint at seq"))
            let proven = try Binary.run(["verify", "--checkpoints", "--journal", journal])
            #expect(proven.status == 0, "\(proven.error)")
            #expect(proven.output.contains("equals a replay from entry 1"))
            let before = try Binary.run(["show", "--json", "--journal", journal, "--as-of", "2100-01-01T00:00:00Z"]).output

            // One open case's saved bytes altered outside StreetDesk.
            _ = try shell("/usr/bin/sqlite3", [journal, """
                UPDATE checkpoint_items SET data = substr(data, 2) || x'00'
                WHERE id = (SELECT id FROM checkpoint_items WHERE kind = 1 AND hot = 1 LIMIT 1);
                """])
            let named = try Binary.run(["verify", "--checkpoints", "--journal", journal])
            #expect(named.status == 1)
            #expect(named.error.contains("cannot be used") && named.error.contains("digest"), "\(named.error)")
            #expect(try Binary.run(["show", "--json", "--journal", journal, "--as-of", "2100-01-01T00:00:00Z"]).output == before)
            let intake = try Binary.run(["do", "intake", "--journal", journal, "--type", "complaint", "--category", "env.garbage",
                                         "--grid", "001003", "--summary", "检查点损坏后照常受理"])
            #expect(intake.status == 0, "\(intake.error)")
            // The next command that writes and opens the whole street rebuilds it (report, which
            // only reads, leaves the file alone), and the chain proves the new one.
            #expect(try Binary.run(["report", "--journal", journal]).status == 0)
            #expect(try Binary.run(["verify", "--checkpoints", "--journal", journal]).status == 1)
            #expect(try Binary.run(["checkpoint", "--journal", journal]).status == 0)
            let rebuilt = try Binary.run(["verify", "--checkpoints", "--journal", journal])
            #expect(rebuilt.status == 0, "\(rebuilt.error)")
        }
    }
}
