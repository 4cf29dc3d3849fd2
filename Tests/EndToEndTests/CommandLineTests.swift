import Foundation
import Testing

/// The CLI end to end on temporary journals: what scripts and other tools rely on.
@Suite struct CommandLineTests {
    func demo(_ dir: String) throws -> String {
        let journal = dir + "/demo.journal"
        let result = try Binary.run(["init", "--demo", "--journal", journal])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("entries written"))
        return journal
    }

    /// The demo street and the themes are compiled in: a copied binary needs nothing beside it.
    @Test func aCopiedBinaryCarriesItsDemoAndThemes() throws {
        try withScratch { dir in
            let copy = dir + "/streetdesk"
            try FileManager.default.copyItem(atPath: Binary.path, toPath: copy)
            // While other tests start processes, a child forked during the copy may briefly hold
            // the new file open for writing, and exec then fails with "text file busy": wait it out.
            var attempt: Ran?
            for _ in 0..<50 where attempt == nil {
                do {
                    attempt = try run(copy, ["init", "--demo", "--journal", dir + "/demo.journal"])
                } catch let error as NSError where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                    usleep(100_000)
                }
            }
            let made = try #require(attempt)
            #expect(made.status == 0, "\(made.error)")
            #expect(try Binary.run(["verify", "--journal", dir + "/demo.journal"]).status == 0)
        }
    }

    /// An init killed before its first entry leaves an empty journal; init finishes it.
    @Test func initCompletesAnEmptyJournal() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let triggers = try shell("/usr/bin/sqlite3", [journal, "SELECT name FROM sqlite_master WHERE type = 'trigger';"])
            let drops = triggers.split(separator: "\n").map { "DROP TRIGGER \($0);" }.joined()
            _ = try shell("/usr/bin/sqlite3", [journal, drops + "DELETE FROM entries;"])
            #expect(try Binary.run(["verify", "--journal", journal]).output.contains("intact: 0 entries"))
            let again = try Binary.run(["init", "--demo", "--journal", journal])
            #expect(again.status == 0, "\(again.error)")
            #expect(try Binary.run(["show", "--journal", journal]).output.contains("Open cases"))
        }
    }

    @Test func initRefusesToOverwrite() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let again = try Binary.run(["init", "--demo", "--journal", journal])
            #expect(again.status == 2)
            #expect(again.error.contains("already exists"))
            #expect(try Binary.run(["verify", "--journal", journal]).status == 0)
        }
    }

    @Test func aProfileFileStartsAJournalAndABadOneIsNamed() throws {
        try withScratch { dir in
            let good = dir + "/street.yaml"
            let demo = try Binary.run(["profile", "--json", "--journal", try demo(dir)])
            #expect(demo.status == 0)
            // The demo's own YAML, with one grid code broken.
            let yaml = try String(contentsOfFile: Binary.demoProfilePath, encoding: .utf8)
            try yaml.write(toFile: good, atomically: true, encoding: .utf8)
            let created = try Binary.run(["init", "--profile", good, "--journal", dir + "/street.journal", "--operator", "主任"])
            #expect(created.status == 0, "\(created.error)")
            #expect(try Binary.run(["profile", "--journal", dir + "/street.journal"]).output.contains("110101099001001"))
            let bad = dir + "/bad.yaml"
            try yaml.replacingOccurrences(of: "\"110101099001002\"", with: "\"1101010990010\"").write(toFile: bad, atomically: true, encoding: .utf8)
            let refused = try Binary.run(["init", "--profile", bad, "--journal", dir + "/bad.journal"])
            #expect(refused.status == 2)
            #expect(refused.error.contains("bad.yaml: grids[1].code"), "\(refused.error)")
            #expect(!FileManager.default.fileExists(atPath: dir + "/bad.journal"))
        }
    }

    @Test func intakeRouteAndTheArt17Refusal() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            // On a street with a staff list, an operator not on it is refused; a listed one acts.
            let stranger = try Binary.run(["do", "patrol", "--journal", journal, "--operator", "测试员", "--grid", "001001", "--summary", "x"])
            #expect(stranger.status == 2 && stranger.error.contains("staff list") && stranger.error.contains("李明"), "\(stranger.error)")
            let intake = try Binary.run(["do", "intake", "--journal", journal, "--operator", "王静", "--type", "complaint",
                                         "--category", "env.garbage", "--grid", "110101099001003", "--summary", "楼道堆放杂物",
                                         "--phone", "13800001111"])
            #expect(intake.status == 0, "\(intake.error)")
            let id = intake.output.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(id.hasPrefix("C"))
            let route = try Binary.run(["do", "route", id, "--journal", journal, "--outcome", "transfer", "--department", "sanitation"])
            #expect(route.status == 0, "\(route.error)")
            #expect(route.output.trimmingCharacters(in: .whitespacesAndNewlines) == id)
            let before = try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").count
            let close = try Binary.run(["do", "close", id, "--journal", journal])
            #expect(close.status == 2)
            #expect(close.error.contains("Art 17"))
            let zh = try Binary.run(["do", "close", id, "--journal", journal, "--lang", "zh"])
            #expect(zh.error.contains("第十七条"))
            #expect(try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").count == before)
        }
    }

    @Test func badInputGetsAClearMessageAndWritesNothing() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let cases: [([String], String)] = [
                (["do", "intake", "--type", "complaint", "--category", "env.garbage", "--grid", "12345", "--summary", "x"], "15 digits"),
                (["do", "intake", "--type", "complaint", "--category", "env.garbage", "--grid", "110101099009009", "--summary", "x"], "no grid"),
                (["do", "whistle", "--type", "routine", "--grid", "001001", "--summary", "x", "--department", "nobody"], "unknown department 'nobody'"),
                (["do", "teleport"], "not a valid action"),
                (["do", "intake", "--type", "complaint"], "required"),
                (["do", "intake", "--colour", "red", "--type", "complaint", "--category", "env.garbage", "--summary", "x", "--grid", "001001"], "--colour"),
            ]
            let count = try Binary.run(["verify", "--journal", journal]).output
            for (arguments, message) in cases {
                let result = try Binary.run(arguments + ["--journal", journal])
                #expect(result.status == 2, "\(arguments)")
                #expect(result.error.contains(message), "\(arguments): \(result.error)")
            }
            #expect(try Binary.run(["verify", "--journal", journal]).output == count)
            let missing = try Binary.run(["show", "--journal", dir + "/nowhere.journal"])
            #expect(missing.status == 1)
            #expect(!missing.error.isEmpty)
            let text = dir + "/notes.txt"
            try "值班记录\n".write(toFile: text, atomically: true, encoding: .utf8)
            for command in ["show", "log", "verify", "desk"] {
                let result = try Binary.run([command, "--journal", text])
                #expect(result.status == 1, "\(command)")
                #expect(result.error.contains("is not a StreetDesk journal"), "\(command): \(result.error)")
            }
            #expect(try String(contentsOfFile: text, encoding: .utf8) == "值班记录\n")
        }
    }

    /// A case taken in, solved and called back today shows in today's figures.
    @Test func theDayReportCountsTodaysCallBacks() throws {
        try withScratch { dir in
            let journal = dir + "/street.journal"
            #expect(try Binary.run(["init", "--profile", Binary.demoProfilePath, "--journal", journal]).status == 0)
            func run(_ arguments: [String]) throws -> String {
                let result = try Binary.run(arguments + ["--journal", journal, "--operator", "李明"])
                #expect(result.status == 0, "\(arguments): \(result.error)")
                return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
            }
            let id = try run(["do", "intake", "--type", "help", "--category", "utilities.no-water", "--grid", "001001", "--summary", "停水"])
            _ = try run(["do", "route", id, "--outcome", "transfer", "--department", "water"])
            _ = try run(["do", "contact", id])
            _ = try run(["do", "resolve", id])
            _ = try run(["do", "feedback", id, "--note", "已恢复供水"])
            _ = try run(["do", "callback", id, "--solved", "yes", "--satisfaction", "satisfied"])
            let report = try JSONSerialization.jsonObject(with: Data(try run(["report", "--json"]).utf8)) as! [String: Any]
            let street = report["street"] as! [String: Any]
            #expect(street["calledBack"] as? Int == 1)
            #expect(street["solved"] as? Int == 1)
            let water = (report["slices"] as! [[String: Any]]).first { $0["id"] as? String == "water" }
            #expect(water?["satisfied"] as? Int == 1)
            let before = try Binary.run(["report", "--json", "--journal", journal, "--date", "2020-01-01"]).output
            #expect(before.contains("before this journal begins"))
            #expect(try Binary.run(["report", "--journal", journal, "--date", "someday"]).status == 2)
        }
    }

    /// `show --lang zh` speaks Chinese: clocks, answers and unit states by their labels,
    /// departments by their names.
    @Test func showInChineseHasNoEnglishWords() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let shown = try Binary.run(["show", "--journal", journal, "--lang", "zh"]).output
            for word in ["respond", "resolve", "pending", "on-time", "late", "en-route", "on-scene", "dispatched", "sanitation", "urban-enforce"] {
                #expect(!shown.contains(word), "'\(word)' in: \(shown.prefix(600))")
            }
            #expect(shown.contains("响应 ") || shown.contains("办结 "))
        }
    }

    @Test func logJsonCarriesTheRecord() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let signed = try Binary.run(["do", "handover", "--journal", journal, "--operator", "王静", "--to", "李明", "--note", "无异常"])
            try #require(signed.status == 0, "\(signed.error)")
            let lines = try Binary.run(["log", "--journal", journal, "--json", "--since", "5"]).output.split(separator: "\n")
            let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
            #expect(first["seq"] as? Int == 6)
            let last = try JSONSerialization.jsonObject(with: Data(lines.last!.utf8)) as! [String: Any]
            #expect(last["operator"] as? String == "王静")
            #expect(last["kind"] as? String == "shift.handover")
            #expect((last["payload"] as? [String: Any])?["to"] as? String == "李明")
            #expect((last["at"] as? String)?.hasSuffix("+08:00") == true)
            // Masked, the log leaves the hashes out: with them, a masked number is ten thousand tries away.
            #expect(last["hash"] == nil && last["previousHash"] == nil)
            let revealed = try Binary.run(["log", "--journal", journal, "--json", "--since", "5", "--reveal", "--reason", "核对哈希",
                                           "--operator", "赵建国"])
            try #require(revealed.status == 0, "\(revealed.error)")
            let full = try JSONSerialization.jsonObject(with: Data(revealed.output.split(separator: "\n").last!.utf8)) as! [String: Any]
            #expect((full["hash"] as? String)?.count == 64)
        }
    }

    @Test func showNowAndAsOfThePast() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let now = try Binary.run(["show", "--journal", journal, "--json"])
            #expect(now.status == 0)
            let queue = try JSONSerialization.jsonObject(with: Data(now.output.utf8)) as! [String: Any]
            let cases = queue["cases"] as! [[String: Any]]
            #expect(cases.count > 50)
            #expect(cases.contains { $0["deadline"] as? String == "overdue" })
            let formatter = DateFormatter()
            formatter.dateFormat = "yyyy-MM-dd HH:mm"
            formatter.timeZone = TimeZone(identifier: "Asia/Shanghai")
            let threeDaysAgo = formatter.string(from: Date().addingTimeInterval(-3 * 86400))
            let past = try Binary.run(["show", "--journal", journal, "--as-of", threeDaysAgo, "--json"])
            let earlier = try JSONSerialization.jsonObject(with: Data(past.output.utf8)) as! [String: Any]
            #expect((earlier["cases"] as! [[String: Any]]).count != cases.count)
            #expect(try Binary.run(["show", "--journal", journal, "--as-of", "yesterday"]).status == 2)
        }
    }

    /// `show` prints free text through the desk's sanitizer: no escape, C1 or bidi control reaches the terminal.
    @Test func showNeutralisesControlsInFreeText() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let hostile = "左\u{202E}右\u{1B}[2J\u{9B}31m\u{200F}完"
            #expect(try Binary.run(["do", "intake", "--journal", journal, "--type", "help", "--category", "env.garbage",
                                    "--grid", "001001", "--summary", hostile]).status == 0)
            let shown = try Binary.run(["show", "--journal", journal]).output
            #expect(shown.contains("左右␛[2J"))
            #expect(!shown.unicodeScalars.contains { [0x1B, 0x9B, 0x202E, 0x200F].contains($0.value) })
        }
    }

    @Test func verifyNamesATamperedEntry() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            #expect(try Binary.run(["verify", "--journal", journal]).output.contains("intact"))
            let sql = "DROP TRIGGER IF EXISTS entries_no_update; UPDATE entries SET payload = json_set(payload, '$.summary', '改过') WHERE seq = 42;"
            let triggers = try shell("/usr/bin/sqlite3", [journal, "SELECT name FROM sqlite_master WHERE type = 'trigger';"])
            let drops = triggers.split(separator: "\n").map { "DROP TRIGGER \($0);" }.joined()
            _ = try shell("/usr/bin/sqlite3", [journal, drops + sql])
            let result = try Binary.run(["verify", "--journal", journal])
            #expect(result.status == 1)
            #expect(result.error.contains("42"))
        }
    }

    /// Writers killed with SIGKILL at random moments leave a chain that still verifies, with no gap.
    @Test func killMinusNineLeavesAnIntactChain() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            for n in 0..<12 {
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Binary.path)
                process.arguments = ["do", "patrol", "--journal", journal, "--grid", "001001", "--summary", "巡查\(n)"]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                usleep(UInt32(n * 4_000))
                kill(process.processIdentifier, SIGKILL)
                process.waitUntilExit()
            }
            let verify = try Binary.run(["verify", "--journal", journal])
            #expect(verify.status == 0, "\(verify.error)")
            let seqs = try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").compactMap { Int($0.split(separator: "\t")[0]) }
            #expect(seqs == Array(1...seqs.count))
            #expect(try Binary.run(["do", "patrol", "--journal", journal, "--grid", "001001", "--summary", "之后"]).status == 0)
        }
    }

    /// Writers killed inside their write transaction: `init --demo` writes a week in one
    /// transaction, into a draft beside the journal's path. Each attempt waits until the draft's
    /// write lock is seen held (a `BEGIN IMMEDIATE` from the sqlite3 shell is refused as busy) and
    /// kills the writer at once. After each, the chain in the draft verifies with nothing of the
    /// write in it, the journal's path holds nothing, and `init` makes the journal (removing the
    /// draft). Three such kills are required.
    @Test func killsInsideAWriteLeaveNothingHalfWritten() throws {
        try withScratch { dir in
            var inside = 0
            for attempt in 0..<12 where inside < 3 {
                let journal = dir + "/kill-\(attempt).journal"
                let process = Process()
                process.executableURL = URL(fileURLWithPath: Binary.path)
                process.arguments = ["init", "--demo", "--journal", journal]
                process.standardOutput = FileHandle.nullDevice
                process.standardError = FileHandle.nullDevice
                try process.run()
                let draft = dir + "/.kill-\(attempt).journal.\(process.processIdentifier).creating"
                var locked = false
                while process.isRunning, !locked {
                    // Only once the schema is in (its application id set), so the probe never creates the file.
                    if (try? shell("/usr/bin/sqlite3", ["-readonly", draft, "PRAGMA application_id"]))?.hasPrefix("1396984396") == true {
                        locked = try run("/usr/bin/sqlite3", ["-cmd", ".timeout 0", draft, "BEGIN IMMEDIATE; ROLLBACK;"])
                            .error.contains("locked")
                    }
                    if locked { kill(process.processIdentifier, SIGKILL) } else { usleep(2_000) }
                }
                process.waitUntilExit()
                guard locked else { continue }  // init had finished before the kill
                inside += 1
                #expect(!FileManager.default.fileExists(atPath: journal), "a killed init left a journal")
                let verify = try Binary.run(["verify", "--journal", draft])
                #expect(verify.status == 0 && verify.output.contains("intact: 0 entries"), "\(verify.output)\(verify.error)")
                let again = try Binary.run(["init", "--demo", "--journal", journal])
                #expect(again.status == 0, "\(again.error)")
                #expect(try Binary.run(["verify", "--journal", journal]).status == 0)
                #expect(!FileManager.default.fileExists(atPath: draft), "the killed init's draft stayed")
            }
            #expect(inside == 3, "only \(inside) kills landed inside a write")
        }
    }

    /// Two processes appending at once lose nothing and do not fork the chain.
    @Test func twoProcessesAppendingAtOnce() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let before = Int(try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").count)
            let group = DispatchGroup()
            let failures = Failures()
            for console in ["李明", "王静"] {
                DispatchQueue.global().async(group: group) {
                    for n in 0..<15 {
                        let r = try? Binary.run(["do", "patrol", "--journal", journal, "--operator", console, "--grid", "001001",
                                                 "--summary", "\(console)\(n)"])
                        if r?.status != 0 { failures.add("\(console)\(n): \(r?.error ?? "")") }
                    }
                }
            }
            group.wait()
            #expect(failures.all.isEmpty, "\(failures.all)")
            let after = try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").count
            #expect(after == before + 30)
            #expect(try Binary.run(["verify", "--journal", journal]).status == 0)
        }
    }
}

final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [String] = []
    func add(_ item: String) { lock.withLock { items.append(item) } }
    var all: [String] { lock.withLock { items } }
}
