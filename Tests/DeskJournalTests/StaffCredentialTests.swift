@testable import DeskJournal
import Foundation
import Testing

@Suite struct StaffCredentialTests {
    @Test func aCredentialAdmitsItsSecretOnlyAndReadsBackFromItsLine() throws {
        let credential = try StaffCredential(name: "李明", secret: "2468", cost: 10)
        #expect(credential.admits("2468"))
        #expect(!credential.admits("2469") && !credential.admits(""))
        let read = try #require(StaffCredential(line: Substring(credential.line)))
        #expect(read == credential && read.admits("2468"))
        // Salted: the same secret twice gives two different hashes.
        #expect(try StaffCredential(name: "李明", secret: "2468", cost: 10).line != credential.line)
    }

    @Test func aLineThatIsNotACredentialIsRefused() throws {
        let line = try StaffCredential(name: "李明", secret: "2468", cost: 10).line
        for bad in ["", "李明", "李明\tbcrypt$10$8$1$00$00", line.replacingOccurrences(of: "scrypt$10$", with: "scrypt$40$"),
                    String(line.dropLast(2)), "\t" + line.split(separator: "\t")[1]] {
            #expect(StaffCredential(line: Substring(bad)) == nil, "\(bad)")
        }
    }

    @Test func theStaffFileIsWrittenWholeForItsOwnerAndReadBack() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/street.journal.staff"
        #expect(try StaffFile.read(path) == nil)
        let credentials = ["李明": try StaffCredential(name: "李明", secret: "2468", cost: 10)]
        try StaffFile.write(credentials, to: path)
        #expect(try StaffFile.read(path) == credentials)
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(throws: CredentialError.wrong("李明")) { try StaffFile.check("李明", "1111", in: credentials) }
        #expect(throws: CredentialError.noCredential("王静")) { try StaffFile.check("王静", "2468", in: credentials) }
        #expect(throws: CredentialError.notGiven("李明")) { try StaffFile.check("李明", nil, in: credentials) }
        try "李明 2468\n".write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: CredentialError.cannotRead(path: path, detail: "line 1 is not a credential")) { try StaffFile.read(path) }
    }
}
