import Crypto
import DeskCore
import Foundation
import Testing
@testable import DeskJournal

/// The seal: a signed head outside the journal, that finds a journal cut short or rewritten after it.
@Suite("Journal: the seal")
struct SealTests {
    func sealed(_ dir: String, _ body: (Journal, String) throws -> Void) throws {
        let path = dir + "/desk.journal"
        let journal = try Journal.create(at: path)
        try journal.append(samples(1...20))
        try SealFiles.createKey(for: path)
        try SealFiles.seal(journal, by: "赵建国")
        try body(journal, path)
    }

    @Test func aSealedJournalMatchesItsSealAndTheKeyIsPrivate() throws {
        try withScratch { dir in
            try sealed(dir) { journal, path in
                let seal = try SealFiles.read(SealFiles.defaultSealPath(path))
                #expect(seal.head.seq == 20)
                try SealFiles.check(journal, against: seal)
                try journal.append(samples(21...22))  // growing past the seal is what a journal does
                try SealFiles.check(journal, against: seal)
                #expect(try posixMode(SealFiles.keyPath(path)) == 0o600)
            }
        }
    }

    @Test func aJournalCutShortIsFound() throws {
        try withScratch { dir in
            try sealed(dir) { journal, path in
                try tamper(path, "DELETE FROM entries WHERE seq > 17;")
                #expect(try journal.verify() == .intact(count: 17))  // the chain alone cannot tell
                #expect(throws: SealError.shorter(sealed: 20, lastSeq: 17)) {
                    try SealFiles.check(journal, against: try SealFiles.read(SealFiles.defaultSealPath(path)))
                }
            }
        }
    }

    /// Rewritten from entry 15 with every hash recomputed: the chain is intact again, the seal is not.
    @Test func aRewrittenJournalDivergesFromItsSeal() throws {
        try withScratch { dir in
            try sealed(dir) { journal, path in
                let entries = try journal.entries(after: 0)
                try tamper(path, "DELETE FROM entries WHERE seq >= 15;")
                var previous = entries[13].hash
                for old in entries[14...] {
                    let payload = old.seq == 15 ? #"{"n":15,"summary":"改写"}"# : old.payload
                    let hash = ChainHash.hash(previousHash: previous, seq: old.seq, atText: old.atText, operatorName: old.operatorName,
                                              console: old.console, kind: old.kind, payload: payload)
                    try sqlite3(path, """
                        INSERT INTO entries VALUES (\(old.seq), '\(old.atText)', '\(old.operatorName)', '\(old.console)', '\(old.kind)', '\(payload)', '\(previous)', '\(hash)');
                        """)
                    previous = hash
                }
                #expect(try journal.verify() == .intact(count: 20))
                #expect(throws: SealError.diverges(seq: 20)) {
                    try SealFiles.check(journal, against: try SealFiles.read(SealFiles.defaultSealPath(path)))
                }
            }
        }
    }

    @Test func anAlteredSealOrAnotherKeysSealIsRefused() throws {
        try withScratch { dir in
            try sealed(dir) { journal, path in
                let text = try String(contentsOfFile: SealFiles.defaultSealPath(path), encoding: .utf8)
                #expect(throws: SealError.badSignature) { try JournalSeal(text: text.replacingOccurrences(of: "seq: 20", with: "seq: 12")) }
                #expect(throws: SealError.notASeal) { try JournalSeal(text: "hello") }
                let head = try #require(try journal.chainPoint(at: 20))
                let forged = try JournalSeal(head: head, at: "x", by: "x", key: Curve25519.Signing.PrivateKey())
                #expect(throws: SealError.otherKey) { try SealFiles.check(journal, against: try JournalSeal(text: forged.text)) }
            }
        }
    }

    @Test func aHandoverSealsTheHead() throws {
        try withScratch { dir in
            let path = dir + "/desk.journal"
            let session = try DeskSession(journal: try Journal.create(at: path), operatorName: "李明", console: "c")
            try session.perform(.configure(DeskSessionTests.profile), at: sampleTime())
            try SealFiles.createKey(for: path)
            let written = try session.perform(.handover(note: "无", to: "王静"), at: sampleTime(60))
            let seal = try SealFiles.read(SealFiles.defaultSealPath(path))
            #expect(seal.head.seq == written.last?.seq)
            #expect(seal.by == "李明")
        }
    }
}
