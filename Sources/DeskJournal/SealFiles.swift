import Crypto
import DeskCore
import Foundation

/// Where a journal's seal and its signing key live, and writing and checking them. Both are outside the journal
/// file: the key beside it (`JOURNAL.seal-key`, mode 0600, made by `init`), the seal beside it by default
/// (`JOURNAL.seal`) or where the caller says.
public enum SealFiles {
    public static func keyPath(_ journalPath: String) -> String { journalPath + ".seal-key" }
    public static func defaultSealPath(_ journalPath: String) -> String { journalPath + ".seal" }

    /// Makes the journal's signing key, unless it has one.
    public static func createKey(for journalPath: String) throws(SealError) {
        let path = keyPath(journalPath)
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { return }
            throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
        defer { close(fd) }
        let text = Array((Hex.text(Curve25519.Signing.PrivateKey().rawRepresentation) + "\n").utf8)
        guard write(fd, text, text.count) == text.count, fsync(fd) == 0 else {
            throw .cannotWrite(path: path, detail: String(cString: strerror(errno)))
        }
    }

    /// The journal's signing key; nil when it has none.
    static func key(for journalPath: String) throws(SealError) -> Curve25519.Signing.PrivateKey? {
        let path = keyPath(journalPath)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let bytes = Hex.bytes(text.trimmingCharacters(in: .whitespacesAndNewlines)),
              let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: bytes) else {
            throw .cannotRead(path: path, detail: "not a StreetDesk seal key")
        }
        return key
    }

    /// Seals `journal`'s head now, signed by its key (made if missing), and writes the seal to `sealPath`
    /// whole or not at all; returns it.
    @discardableResult
    public static func seal(_ journal: Journal, by operatorName: String, to sealPath: String? = nil, at now: Date = Date()) throws -> JournalSeal {
        try createKey(for: journal.path)
        guard let key = try key(for: journal.path) else { throw SealError.cannotRead(path: keyPath(journal.path), detail: "missing") }
        let head = try journal.chainPoint(at: try journal.lastSeq()) ?? .genesis
        let at = JournalTime.text(milliseconds: JournalTime.milliseconds(now), timeZone: journal.timeZone)
        let seal = try JournalSeal(head: head, at: at, by: operatorName, key: key)
        let path = sealPath ?? defaultSealPath(journal.path)
        let draft = path + ".\(getpid()).new"
        do {
            try Data(seal.text.utf8).write(to: URL(fileURLWithPath: draft))
            guard rename(draft, path) == 0 else { throw SealError.cannotWrite(path: path, detail: String(cString: strerror(errno))) }
        } catch let error as SealError {
            throw error
        } catch {
            try? FileManager.default.removeItem(atPath: draft)
            throw SealError.cannotWrite(path: path, detail: error.localizedDescription)
        }
        return seal
    }

    /// Reads the seal at `path`, its signature checked.
    public static func read(_ path: String) throws(SealError) -> JournalSeal {
        var status = stat()
        guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .cannotRead(path: path, detail: "not a readable file")
        }
        return try JournalSeal(text: text)
    }

    /// Whether `journal` still holds the head `seal` states: not shorter, not rewritten at that seq, and
    /// sealed with its own key when it has one. The entries after the head are the chain's to check (`verify`).
    public static func check(_ journal: Journal, against seal: JournalSeal) throws {
        if let key = try key(for: journal.path), key.publicKey.rawRepresentation != seal.publicKey {
            throw SealError.otherKey
        }
        let lastSeq = try journal.lastSeq()
        guard lastSeq >= seal.head.seq else { throw SealError.shorter(sealed: seal.head.seq, lastSeq: lastSeq) }
        guard try journal.chainPoint(at: seal.head.seq) == seal.head else { throw SealError.diverges(seq: seal.head.seq) }
    }
}

extension SealFiles {
    /// At each handover the head is sealed beside the journal. The handover is the record and stands
    /// whether or not the seal could be written (`streetdesk seal` writes one any time); when it could
    /// not, the words to say so.
    static func sealAfterHandover(_ written: [Recorded], on journal: Journal, by operatorName: String) -> Phrase? {
        guard written.contains(where: { if case .handoverSigned = $0.event { true } else { false } }) else { return nil }
        do {
            try seal(journal, by: operatorName)
            return nil
        } catch let error as SealError {
            return error.afterHandover
        } catch {
            return SealError.cannotWrite(path: defaultSealPath(journal.path), detail: "\(error)").afterHandover
        }
    }
}
