import DeskCore
import Foundation

/// The staff's credentials, one line an officer (`StaffCredential.line`), in `JOURNAL.staff` beside
/// the journal, mode 0600. Never in the journal: the journal is read by auditors, and a hash there
/// would stay guessable forever. A journal without the file has unverified operators.
public enum StaffFile {
    public static func path(_ journalPath: String) -> String { journalPath + ".staff" }

    /// The credentials by name; nil when the journal has no staff file (operators unverified).
    /// - Throws: `CredentialError.cannotRead` for a file that is not one (naming the line).
    public static func read(_ path: String) throws(CredentialError) -> [String: StaffCredential]? {
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { return nil }
            throw .cannotRead(path: path, detail: String(cString: strerror(errno)))
        }
        guard status.st_mode & S_IFMT == S_IFREG, let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw .cannotRead(path: path, detail: "not a staff file")
        }
        var credentials: [String: StaffCredential] = [:]
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.isEmpty && !line.hasPrefix("#") {
            guard let credential = StaffCredential(line: line) else {
                throw .cannotRead(path: path, detail: "line \(number + 1) is not a credential")
            }
            credentials[credential.name] = credential
        }
        return credentials
    }

    /// Whether `secret` is `name`'s credential.
    /// - Throws: `CredentialError.noCredential` when the file has none for them, `.notGiven` for no
    ///   secret, `.wrong` when it is not theirs.
    public static func check(_ name: String, _ secret: String?, in credentials: [String: StaffCredential]) throws(CredentialError) {
        guard let credential = credentials[name] else { throw .noCredential(name) }
        guard let secret else { throw .notGiven(name) }
        guard credential.admits(secret) else { throw .wrong(name) }
    }

    /// Writes `credentials` to `path`, whole or not at all, readable by its owner only.
    public static func write(_ credentials: [String: StaffCredential], to path: String) throws(CredentialError) {
        let text = "# StreetDesk staff credentials (scrypt; docs/profile.md). Never copy into the journal.\n"
            + credentials.values.sorted { $0.name < $1.name }.map { $0.line + "\n" }.joined()
        let draft = path + ".\(getpid()).new"
        let fd = open(draft, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw .cannotWrite(path: path, detail: String(cString: strerror(errno))) }
        let bytes = Array(text.utf8)
        let written = Glibc.write(fd, bytes, bytes.count) == bytes.count && fsync(fd) == 0
        close(fd)
        guard written, rename(draft, path) == 0 else {
            let detail = String(cString: strerror(errno))
            unlink(draft)
            throw .cannotWrite(path: path, detail: detail)
        }
    }
}
