import Foundation

/// The journal file itself, before SQLite opens it.
enum JournalFile {
    /// Creates an empty file, refusing one that exists even if another process races us (O_EXCL),
    /// and refusing SQLite's side files left at the path.
    /// Mode 0600 because the journal holds complainants' names and phone numbers; SQLite gives the
    /// -wal and -shm files the same mode. Missing parent directories are created 0700.
    static func createExclusively(_ path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty {
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
}
