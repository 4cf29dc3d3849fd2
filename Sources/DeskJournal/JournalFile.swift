import Foundation

/// The journal file itself, before SQLite opens it.
enum JournalFile {
    /// Creates an empty file, refusing one that exists even if another process races us (O_EXCL),
    /// and refusing SQLite's side files left at the path.
    /// Mode 0600 because the journal holds complainants' names and phone numbers; SQLite gives the
    /// -wal and -shm files the same mode. Missing parent directories are created 0700.
    static func createExclusively(_ path: String) throws {
        let parent = folder(of: path)
        if parent != "." {
            do {
                try FileManager.default.createDirectory(
                    atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            } catch {
                throw JournalError.cannotAccess(path: parent, detail: error.localizedDescription)
            }
        }
        // A -wal left by an earlier file at this path would be replayed into the new journal.
        for leftover in [path + "-wal", path + "-shm"] where FileManager.default.fileExists(atPath: leftover) {
            throw JournalError.alreadyExists(path: leftover)
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else {
            if errno == EEXIST { throw JournalError.alreadyExists(path: path) }
            throw JournalError.cannotAccess(path: path, detail: String(cString: strerror(errno)))
        }
        close(fd)
    }

    /// Refuses anything that is not a journal by reading the 100-byte SQLite header, without modifying the file.
    static func checkIsJournal(_ path: String) throws {
        // Reading a pipe or a device would wait forever: only a regular file (or a link to one) is read.
        var status = stat()
        guard stat(path, &status) == 0 else {
            if errno == ENOENT { throw JournalError.notFound(path: path) }
            throw JournalError.cannotAccess(path: path, detail: String(cString: strerror(errno)))
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw JournalError.notAJournal(path: path, detail: .directory)
        default: throw JournalError.notAJournal(path: path, detail: .notARegularFile)
        }
        let header: [UInt8]
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            header = Array(try handle.read(upToCount: 100) ?? Data())
        } catch {
            throw JournalError.cannotAccess(path: path, detail: error.localizedDescription)
        }
        if header.isEmpty { throw JournalError.notAJournal(path: path, detail: .empty) }
        guard header.count == 100, header.starts(with: Array("SQLite format 3\0".utf8)) else {
            throw JournalError.notAJournal(path: path, detail: .notSQLite)
        }
        let applicationID = header[68..<72].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard Int32(bitPattern: applicationID) == Schema.applicationID else {
            throw JournalError.notAJournal(path: path, detail: .otherDatabase)
        }
    }

    /// Whether a file can be created beside `path` (false on a read-only disk or in a read-only directory).
    static func directoryIsWritable(_ path: String) -> Bool {
        access(folder(of: path), W_OK) == 0
    }

    /// Whether a -wal file beside `path` holds writes not yet folded into the journal file.
    static func hasUnfoldedLog(_ path: String) -> Bool {
        var status = stat()
        return stat(path + "-wal", &status) == 0 && status.st_size > 0
    }

    /// An SQLite URI that reads `path` as a file nothing changes (no locks, no -shm).
    static func immutableURI(_ path: String) -> String {
        var escaped = ""
        for character in path {
            switch character {
            case "%": escaped += "%25"
            case "?": escaped += "%3f"
            case "#": escaped += "%23"
            default: escaped.append(character)
            }
        }
        return "file:\(escaped)?immutable=1"
    }

    /// SQLite's files beside a database: a leftover one would be replayed into a new file at that path.
    static let sideSuffixes = ["-wal", "-shm", "-journal"]

    /// Refuses a file, or SQLite's side files, already at `path`.
    static func refuseExisting(_ path: String) throws {
        var status = stat()
        for candidate in [path] + sideSuffixes.map({ path + $0 }) where lstat(candidate, &status) == 0 {
            throw JournalError.alreadyExists(path: candidate)
        }
    }

    /// Where process `pid` writes a journal before it is complete: `.NAME.PID.creating` beside `path`.
    static func draftPath(of path: String, pid: pid_t) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(pid).creating").path
    }

    /// Removes the drafts of `path` whose creating process no longer runs (it was killed).
    static func removeAbandonedDrafts(of path: String) {
        let url = URL(fileURLWithPath: path)
        let prefix = ".\(url.lastPathComponent)."
        let directory = url.deletingLastPathComponent().path
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where name.hasPrefix(prefix) && name.hasSuffix(".creating") {
            guard let pid = pid_t(name.dropFirst(prefix.count).dropLast(".creating".count)), pid > 0,
                  kill(pid, 0) == -1, errno == ESRCH else { continue }
            removeWithSideFiles(directory + "/" + name)
        }
    }

    static func removeWithSideFiles(_ path: String) {
        for file in [path] + sideSuffixes.map({ path + $0 }) { unlink(file) }
    }

    /// The folder a path names a file in: `.` for a bare name (`j`), which `NSString` cannot take.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Gives the closed, complete journal at `draft` its name: a hard link, which fails rather than
    /// replace a file another process put at `path` meanwhile; then the draft's name goes, and the
    /// directory is synced so the name survives a power cut.
    static func publish(_ draft: String, as path: String) throws {
        if let leftover = sideSuffixes.map({ draft + $0 }).first(where: { FileManager.default.fileExists(atPath: $0) }) {
            throw JournalError.cannotAccess(path: leftover, detail: "the new journal was not closed cleanly")
        }
        guard link(draft, path) == 0 else {
            if errno == EEXIST { throw JournalError.alreadyExists(path: path) }
            throw JournalError.cannotAccess(path: path, detail: String(cString: strerror(errno)))
        }
        unlink(draft)
        let directory = open(folder(of: path), O_RDONLY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }
}
