import Foundation
import Testing

/// Officers are who their credential says: a PIN or passphrase per officer, as a salted scrypt
/// hash in the staff file beside the journal, never in the journal.
@Suite struct IdentityTests {
    func demo(_ dir: String) throws -> String {
        let journal = dir + "/demo.journal"
        try #require(try Binary.run(["init", "--demo", "--journal", journal]).status == 0)
        return journal
    }

    /// An open case of the demo week, for actions to act on.
    func openCase(_ journal: String) throws -> String {
        let queue = try #require(try JSONSerialization.jsonObject(with: Binary.run(["show", "--json", "--journal", journal]).outputBytes) as? [String: Any])
        return try #require((queue["cases"] as? [[String: Any]])?.first?["id"] as? String)
    }

    @Test func aNameIsNotEnoughTheCredentialDecides() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let item = try openCase(journal)
            let progress = ["do", "progress", item, "--note", "已联系", "--journal", journal]
            let right = try Binary.run(progress + ["--operator", "李明"])
            #expect(right.status == 0, "\(right.error)")
            let wrong = try Binary.run(progress + ["--operator", "李明"], environment: ["STREETDESK_PIN": "0000"])
            #expect(wrong.status == 2 && wrong.error.contains("that is not 李明's PIN"), "\(wrong.error)")
            // No PIN and no terminal to ask at: refused, nothing written.
            let before = try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").count
            let none = try EndToEndTests.run(Binary.path, progress + ["--operator", "李明"],
                                             environment: ProcessInfo.processInfo.environment.merging(["LANG": "C.UTF-8"]) { $1 }.filter { $0.key != "STREETDESK_PIN" })
            #expect(none.status == 2 && none.error.contains("must give a PIN"), "\(none.error)")
            #expect(try Binary.run(["log", "--journal", journal]).output.split(separator: "\n").count == before)
        }
    }

    /// The supervisor's own credential, not the supervisor's name, passes the supervisor's check.
    @Test func supervisorActionsNeedTheSupervisorsOwnCredential() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let item = try openCase(journal)
            let set = try Binary.run(["staff", "set-pin", "赵建国", "--journal", journal, "--operator", "赵建国"],
                                     environment: ["STREETDESK_NEW_PIN": "9753"])
            #expect(set.status == 0, "\(set.error)")
            let urge = ["do", "urge", item, "--note", "加快", "--journal", journal, "--operator", "赵建国"]
            let impostor = try Binary.run(urge)  // the duty officers' demo PIN
            #expect(impostor.status == 2 && impostor.error.contains("that is not 赵建国's PIN"), "\(impostor.error)")
            let supervisor = try Binary.run(urge, environment: ["STREETDESK_PIN": "9753"])
            #expect(supervisor.status == 0, "\(supervisor.error)")
        }
    }

    @Test func onlyASupervisorOrTheOfficerSetsACredential() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let other = try Binary.run(["staff", "set-pin", "王静", "--journal", journal, "--operator", "李明"],
                                       environment: ["STREETDESK_NEW_PIN": "1111"])
            #expect(other.status == 2 && other.error.contains("only a supervisor or 王静"), "\(other.error)")
            let short = try Binary.run(["staff", "set-pin", "李明", "--journal", journal, "--operator", "李明"],
                                       environment: ["STREETDESK_NEW_PIN": "12"])
            #expect(short.status == 2 && short.error.contains("4 to 64 characters"), "\(short.error)")
            let own = try Binary.run(["staff", "set-pin", "李明", "--journal", journal, "--operator", "李明"],
                                     environment: ["STREETDESK_NEW_PIN": "8642"])
            #expect(own.status == 0, "\(own.error)")
            #expect(try Binary.run(["staff", "--journal", journal]).output.contains("李明\tduty officer\thas a credential"))
            #expect(try Binary.run(["do", "progress", try openCase(journal), "--note", "x", "--journal", journal, "--operator", "李明"],
                                   environment: ["STREETDESK_PIN": "8642"]).status == 0)
        }
    }

    /// The staff file is the owner's only, and no hash of it reaches the journal.
    @Test func credentialsStayOutOfTheJournal() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            let staffFile = journal + ".staff"
            let attributes = try FileManager.default.attributesOfItem(atPath: staffFile)
            #expect((attributes[.posixPermissions] as? Int) == 0o600)
            let hashes = try String(contentsOfFile: staffFile, encoding: .utf8).split(separator: "\n")
                .filter { !$0.hasPrefix("#") }.compactMap { $0.split(separator: "$").last.map(String.init) }
            #expect(hashes.count == 3)
            let bytes = try String(decoding: Data(contentsOf: URL(fileURLWithPath: journal)), as: UTF8.self)
            #expect(hashes.allSatisfy { !bytes.contains($0) })
        }
    }

    /// Without a staff file, names are taken as given, and the desk and `staff` say so.
    @Test func withoutAStaffFileOperatorsAreUnverifiedAndSaySo() throws {
        try withScratch { dir in
            let journal = try demo(dir)
            try FileManager.default.removeItem(atPath: journal + ".staff")
            #expect(try Binary.run(["staff", "--journal", journal]).output.contains("unverified"))
            let progress = try Binary.run(["do", "progress", try openCase(journal), "--note", "x", "--journal", journal, "--operator", "李明"],
                                          environment: ["STREETDESK_PIN": "0000"])
            #expect(progress.status == 0, "\(progress.error)")
            let t = try Tmux("env LANG=C.UTF-8 \(Binary.path) desk --journal \(journal) --operator 李明; sleep 60", width: 120, height: 30)
            try t.waitFor("李明 (unverified)")
        }
    }
}
