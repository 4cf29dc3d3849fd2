import Foundation
import Testing

/// A built-in scenario on the desk in tmux, on a sped-up clock, and its debrief.
@Suite(.serialized) struct TrainingTests {
    @Test func aTraineePlaysHotlineReturnAndGetsTheDebrief() throws {
        try withScratch { dir in
            let journal = dir + "/practice.journal"
            let t = try Tmux("env LANG=C.UTF-8 XDG_DATA_HOME=\(dir) \(Binary.path) train hotline-return --trainee 学员甲 --speed 30 "
                             + "--journal \(journal); echo STREETDESK-EXIT=$?; sleep 60", width: 120, height: 40)
            try t.waitFor("TRAINING")
            try t.keys("2")
            try t.waitFor("C0001", seconds: 20)
            try t.keys(":")
            try t.enter("return C0001 --rule 不属本街道辖区 --reason 邻街道小区")
            try t.waitFor("#")
            try t.keys("q")
            let screen = try t.waitFor("STREETDESK-EXIT=0", seconds: 20)
            #expect(screen.contains("Score 50% (10 of 20 points)"))
            #expect(screen.contains("| met | ask to return a misdirected order `return` | C0001"))
            #expect(screen.contains("- missed `route`: Art 17 (it belongs to the housing department)"))

            // The journal alone gives the same debrief; an operations command refuses it.
            let copy = dir + "/copy.journal"
            try FileManager.default.copyItem(atPath: journal, toPath: copy)
            let scored = try Binary.run(["train", "--score", copy])
            #expect(scored.status == 0)
            #expect(scored.output == (try String(contentsOfFile: dir + "/report.md", encoding: .utf8)) + "\n")
            let refused = try Binary.run(["show", "--journal", copy])
            #expect(refused.status == 2)
            #expect(refused.error.contains("is a practice journal"))
        }
    }
}
