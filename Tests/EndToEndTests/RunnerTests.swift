import Foundation
import Testing

/// The runner every end-to-end test uses: exit codes, both outputs, and the timeout that stops
/// a hung program instead of the suite.
@Suite struct RunnerTests {
    @Test func itReportsTheExitCodeAndBothOutputs() throws {
        let ran = try run("/bin/sh", ["-c", "printf 出; printf 错 >&2; exit 3"])
        #expect(ran.status == 3 && ran.output == "出" && ran.error == "错")
        #expect(try run("/bin/sh", ["-c", "kill -TERM $$"]).status == 128 + SIGTERM)
        #expect(try run("/usr/bin/env", [], environment: ["ONLY": "this"]).output == "ONLY=this\n")
    }

    @Test func aHungProgramIsKilledAtItsTimeout() throws {
        let start = Date()
        #expect(throws: TimedOut.self) { try run("/bin/sleep", ["30"], timeout: 0.5) }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
