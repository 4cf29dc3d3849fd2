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

    /// A descriptor this process holds open (a binary another test is still copying) never reaches the child.
    @Test func theChildInheritsNoOtherDescriptor() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("runner-\(UUID().uuidString)").path
        let fd = open(path, O_WRONLY | O_CREAT, 0o600)
        defer {
            close(fd)
            unlink(path)
        }
        let listed = try run("/bin/sh", ["-c", "ls /proc/$$/fd"]).output.split(separator: "\n").compactMap { Int32($0) }
        #expect(!listed.contains(fd), "\(listed)")
        #expect(listed.allSatisfy { $0 <= 2 || $0 == 10 }, "\(listed)")  // sh keeps its script on 10 at most
    }

    @Test func aHungProgramIsKilledAtItsTimeout() throws {
        let start = Date()
        #expect(throws: TimedOut.self) { try run("/bin/sleep", ["30"], timeout: 0.5) }
        #expect(Date().timeIntervalSince(start) < 10)
    }
}
