import Foundation
import Testing

/// The journal file as the commands find it: created whole or not at all, readable where it
/// cannot be written, and the disk's troubles said in the desk's words.
@Suite struct JournalFileCommandTests {
    /// `init --demo` killed at moments through its run leaves no journal or a complete one, never a
    /// file that later commands refuse; the next `init` on the path works.
    @Test func aKilledInitLeavesNothingOrACompleteJournal() throws {
        try withScratch { dir in
            for delay in stride(from: 0, through: 150_000, by: 10_000) {
                let journal = dir + "/kill-\(delay).journal"
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Binary.path)
                process.arguments = ["init", "--demo", "--journal", journal]
                process.standardOutput = FileHandle.nullDevice
                try process.run()
                usleep(useconds_t(delay))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
                if FileManager.default.fileExists(atPath: journal) {
                    let verified = try Binary.run(["verify", "--journal", journal])
                    #expect(verified.status == 0 && !verified.output.contains(": 0 entries"), "killed after \(delay) µs: \(verified.output) \(verified.error)")
                } else {
                    let again = try Binary.run(["init", "--demo", "--journal", journal])
                    #expect(again.status == 0, "after a kill at \(delay) µs: \(again.error)")
                }
                for side in ["-wal", "-shm", "-journal"] {
                    #expect(!FileManager.default.fileExists(atPath: journal + side), "killed after \(delay) µs: \(side) left")
                }
            }
        }
    }

    /// A draft left by a killed init (its process gone) does not stand in the way, and goes.
    @Test func initOverALeftoverDraftWorksAndRemovesIt() throws {
        try withScratch { dir in
            let gone = Process()
            gone.executableURL = URL(fileURLWithPath: "/bin/true")
            try gone.run()
            gone.waitUntilExit()
            let draft = dir + "/.street.journal.\(gone.processIdentifier).creating"
            for file in [draft, draft + "-journal"] { #expect(FileManager.default.createFile(atPath: file, contents: Data("half".utf8))) }
            let made = try Binary.run(["init", "--demo", "--journal", dir + "/street.journal"])
            #expect(made.status == 0, "\(made.error)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir).sorted() == ["street.journal", "street.journal.seal-key", "street.journal.staff"])
            #expect(try Binary.run(["verify", "--journal", dir + "/street.journal"]).status == 0)
        }
    }

    /// verify, show, log, report and profile read a journal whose file and directory cannot be
    /// written — also with SQLite's side files left beside it by a console of another user, which
    /// this reader cannot open; `do` is refused in the desk's words. As root, where permissions do
    /// not stop writes, the commands run as `nobody`.
    @Test(arguments: [false, true])
    func aReadOnlyJournalCanBeAudited(withForeignSideFiles: Bool) throws {
        try withScratch { dir in
            let folder = dir + "/archive"
            let journal = folder + "/street.journal"
            #expect(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
            let asUser: [String] = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "nobody", "--"] : []
            if getuid() == 0 { _ = try shell("/bin/chown", ["-R", "nobody", dir]) }
            if withForeignSideFiles {
                // Left by a console that had the journal open: unreadable here (root's, or mode 000).
                for side in [journal + "-wal", journal + "-shm"] {
                    #expect(FileManager.default.createFile(atPath: side, contents: nil))
                    _ = try shell("/bin/chmod", [getuid() == 0 ? "0600" : "0000", side])
                }
            }
            _ = try shell("/bin/chmod", ["0444", journal])
            _ = try shell("/bin/chmod", ["0555", folder])
            defer { _ = try? shell("/bin/chmod", ["0755", folder]) }
            func streetdesk(_ words: [String]) throws -> Ran {
                try run(asUser.first ?? Binary.path, Array(asUser.dropFirst()) + (asUser.isEmpty ? [] : [Binary.path]) + words + ["--journal", journal],
                        environment: ProcessInfo.processInfo.environment.merging(["LANG": "C.UTF-8"]) { $1 })
            }
            let probe = try run(asUser.first ?? "/usr/bin/touch", Array(asUser.dropFirst()) + (asUser.isEmpty ? [] : ["/usr/bin/touch"]) + [folder + "/probe"])
            #expect(probe.status != 0, "the folder must not be writable for the test to mean anything")
            let before = try Data(contentsOf: URL(fileURLWithPath: journal))
            for command in [["verify"], ["verify", "--checkpoints"], ["show"], ["show", "--json"], ["log", "--since", "2300"], ["report"], ["profile"]] {
                let ran = try streetdesk(command)
                #expect(ran.status == 0, "\(command): \(ran.error)")
            }
            let refused = try streetdesk(["do", "patrol", "--grid", "001001", "--summary", "井盖"])
            #expect(refused.status == 1)
            let words = withForeignSideFiles ? "cannot be opened" : "read-only"
            #expect(refused.error.contains(words) && !refused.error.contains("SQLite"), "\(refused.error)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: journal)) == before)
            let left = ["street.journal"] + (withForeignSideFiles ? ["street.journal-shm", "street.journal-wal"] : []) + ["street.journal.seal-key", "street.journal.staff"]
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == left)
        }
    }
}
