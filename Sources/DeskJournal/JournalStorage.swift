import DeskCore
import GRDB

extension JournalError {
    /// What stops the journal file being read or written, as SQLite reports it.
    public enum Unavailable: Sendable, Equatable {
        case diskFull, diskFailed, heldByAnother, readOnly, cannotOpen, damaged
    }

    /// `error` in the desk's words when SQLite reports the disk or the file failing (full, failing,
    /// locked by another program, read-only, unopenable, damaged); any other error as it is.
    public static func storage(_ error: Error, path: String) -> Error {
        guard let error = error as? DatabaseError else { return error }
        let problem: Unavailable? = switch error.resultCode {
        case .SQLITE_FULL: .diskFull
        case .SQLITE_IOERR: .diskFailed
        case .SQLITE_BUSY, .SQLITE_LOCKED: .heldByAnother
        case .SQLITE_READONLY: .readOnly
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_AUTH: .cannotOpen
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: .damaged
        default: nil
        }
        return problem.map { JournalError.unavailable(path: path, $0) } ?? error
    }
}

extension JournalError.Unavailable {
    public func message(_ language: Language) -> String { phrase(language) }

    public var phrase: Phrase {
        switch self {
        case .diskFull: Phrase("磁盘已满，无法写入；腾出空间后重试", "the disk is full: free some space and try again")
        case .diskFailed: Phrase("磁盘读写出错：磁盘可能已满或出现故障", "the disk could not be read or written: it may be full or failing")
        case .heldByAnother:
            Phrase("另一个程序占用日志超过 \(Int(Journal.busyTimeout)) 秒；关闭它后重试",
                   "another program has held the journal for more than \(Int(Journal.busyTimeout)) s; close it and try again")
        case .readOnly: Phrase("日志是只读的：可以查看，不能写入", "the journal is read-only: it can be read but not written")
        case .cannotOpen: Phrase("无法打开日志文件（权限或目录问题）", "the journal file cannot be opened (permissions, or its directory)")
        case .damaged: Phrase("日志文件已损坏：不是完整的 SQLite 文件", "the journal file is damaged: it is not a whole SQLite file")
        }
    }
}

/// Runs `body`, saying a storage failure of the journal at `path` in the desk's words.
func storage<T>(_ path: String, _ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch {
        throw JournalError.storage(error, path: path)
    }
}
