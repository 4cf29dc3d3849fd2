import Foundation
import Testing

/// A whole shift scripted through the desk in tmux: sign on, a pasted multi-line work order,
/// a dispatch's unit moved on by key, a drill from a case to its whistle and back, a refusal
/// recorded and corrected, a handover acknowledged by the next officer. Afterwards the journal
/// holds exactly those entries, by those officers, and its chain is intact.
@Suite(.serialized) struct ShiftScriptTests {
    @Test func aShiftFromSignOnToAcknowledgedHandover() throws {
        try withScratch { dir in
            let journal = dir + "/demo.journal"
            try #require(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let before = try Self.entries(journal).count
            let queue = try #require(try JSONSerialization.jsonObject(with: Binary.run(["show", "--json", "--journal", journal]).outputBytes) as? [String: Any])
            let whistles = try #require(queue["whistles"] as? [[String: Any]])
            let whistle = try #require(whistles.first { $0["case"] is String && ($0["summons"] as? [[String: Any]])?.contains { $0["state"] as? String == "summoned" } == true })
            let (whistleID, caseID) = (whistle["id"] as! String, whistle["case"] as! String)
            let department = try #require((whistle["summons"] as? [[String: Any]])?.first { $0["state"] as? String == "summoned" }?["department"] as? String)
            // The newest open dispatch whose last unit has not cleared: its unit is moved on by key.
            let dispatch = try #require((queue["dispatches"] as? [[String: Any]])?.last {
                (($0["units"] as? [[String: Any]])?.last?["status"] as? String).map { $0 != "cleared" } ?? false
            }?["id"] as? String)

            // No --operator: the desk asks who is at the console.
            let t = try Tmux("env -u STREETDESK_OPERATOR LANG=C.UTF-8 \(Binary.path) desk --journal \(journal); echo STREETDESK-EXIT=$?; sleep 60",
                             width: 120, height: 40)
            try t.waitFor("Sign on")
            try t.keys("Enter")
            // The journal keeps credentials: the officer gives a PIN, shown as dots, and a wrong one is refused.
            try t.waitFor("李明's PIN")
            try t.enterSecret("1357")
            try t.waitFor("that is not 李明's PIN")
            try t.enterSecret(Binary.demoSecret)
            try t.waitFor("李明 signed on")

            // A work order pasted into the summary keeps its line break and runs no keys.
            try t.keys("i")
            try t.waitFor(":intake")
            try t.enter("complaint")
            try t.enter("env.garbage")
            try t.enter("001003")
            try t.tmux(["set-buffer", "3号楼垃圾无人清运\n物业电话无人接听"])
            try t.tmux(["paste-buffer", "-p"])
            try t.waitFor("3号楼垃圾无人清运␊物业电话无人接听")
            try t.keys("C-s")
            try t.waitFor("journaled as")

            // That dispatch's last unit, found by the filter (a dispatch concluded today is listed
            // last), moved on by one key, twice.
            try t.keys("4")
            try t.waitFor("Dispatches")
            try t.keys("/")
            try t.enter(dispatch)
            try t.waitUntil("only \(dispatch)") { $0.contains(dispatch) && !$0.contains("concluded today ──") }
            try t.keys("G", "n")
            try t.waitFor("journaled as")
            try t.keys("n")
            try t.waitUntil("the second step") { $0.components(separatedBy: "journaled as").count >= 2 || $0.contains("cleared") }

            // From a case to its whistle and back.
            try t.keys("2", "/")
            try t.enter(caseID)
            try t.keys("Enter")
            try t.waitFor("Case \(caseID)")
            while try !t.screen().contains("【\(whistleID)】") { try t.keys("Tab") }
            try t.keys("Enter")
            try t.waitFor("Whistle \(whistleID)")
            try t.keys("Escape")
            try t.waitFor("Case \(caseID)")
            try t.keys("Escape", "Escape")

            // A refusal recorded against the wrong department, asked first, then corrected.
            try t.keys(":")
            try t.enter("refuse \(whistleID) --department \(department) --reason 未到场")
            try t.waitFor("Record it?")
            try t.keys("y")
            try t.waitFor("journaled as")
            try t.keys(":")
            try t.enter("withdraw-refusal \(whistleID) --department \(department) --reason 记错部门")
            try t.waitFor("journaled as")

            // The handover, and the next officer signs on and acknowledges it.
            try t.keys(":")
            try t.enter("handover --to 王静 --note 在办工单已交接")
            try t.waitFor("handover to 王静 unacknowledged")
            try t.keys("O", "Down", "Enter")
            try t.waitFor("王静's PIN")
            try t.enterSecret(Binary.demoSecret)
            try t.waitFor("王静 signed on")
            try t.keys("K")
            try t.waitUntil("acknowledged") { !$0.contains("unacknowledged") }
            try t.keys("q")
            try t.waitFor("STREETDESK-EXIT=0")

            let written = try Self.entries(journal).dropFirst(before)
            #expect(written.map { $0["kind"] as? String } == ["case.intake", "dispatch.unit-status", "dispatch.unit-status", "whistle.summons",
                                                               "whistle.refusal-withdrawn", "shift.handover", "shift.acknowledged"])
            #expect(written.map { $0["operator"] as? String } == ["李明", "李明", "李明", "李明", "李明", "李明", "王静"])
            let intake = try #require(written.first?["payload"] as? [String: Any])
            #expect(intake["summary"] as? String == "3号楼垃圾无人清运\n物业电话无人接听")
            #expect(try Binary.run(["verify", "--journal", journal]).status == 0)
        }
    }

    static func entries(_ journal: String) throws -> [[String: Any]] {
        try Binary.run(["log", "--journal", journal, "--json"]).output.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
