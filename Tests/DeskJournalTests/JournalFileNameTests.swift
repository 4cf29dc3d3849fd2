import Testing
@testable import DeskJournal

/// `init --journal j` (a bare name) crashed finding the folder to sync.
@Suite struct JournalFileNameTests {
    @Test func theFolderOfEveryKindOfPath() {
        #expect(JournalFile.folder(of: "j") == ".")
        #expect(JournalFile.folder(of: "./j") == ".")
        #expect(JournalFile.folder(of: "a/b/j.journal") == "a/b")
        #expect(JournalFile.folder(of: "/j") == "/")
        #expect(JournalFile.folder(of: "/srv/street.journal") == "/srv")
    }
}
