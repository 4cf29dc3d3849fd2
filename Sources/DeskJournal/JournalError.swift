import DeskCore

/// What can go wrong opening or writing a journal, said plainly in English (`description`) or Chinese (`message(.zh)`).
/// SQLite failures other than these arrive as GRDB's `DatabaseError`.
public enum JournalError: Error, Equatable, CustomStringConvertible {
    case alreadyExists(path: String)
    case notFound(path: String)
    case notAJournal(path: String, detail: NotAJournal)
    /// A newer StreetDesk has changed the journal's schema.
    case newerVersion(path: String)
    /// An older StreetDesk wrote it, and opening for reading only cannot bring it up to date.
    case olderVersion(path: String)
    /// The disk or the file fails (full, locked by another program, read-only…).
    case unavailable(path: String, Unavailable)
    /// The file system refused (permissions, missing disk…); `detail` is the system's own message.
    case cannotAccess(path: String, detail: String)
    /// Entry `index` of the batch being appended was refused; nothing in the batch was written.
    case invalidEntry(index: Int, problem: EntryProblem)
    /// `append(after:)` was told of entries the journal does not have: the caller is looking at another journal.
    case beyondEnd(knownSeq: Int64, lastSeq: Int64)

    public enum NotAJournal: Sendable, Equatable {
        case directory, notARegularFile, empty, notSQLite, otherDatabase
    }

    public enum EntryProblem: Sendable, Equatable {
        case timeOutOfRange, emptyKind, payloadNotJSON
        case nulCharacter(field: String)
    }

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String {
        let phrase: Phrase = switch self {
        case .alreadyExists(let path):
            Phrase("日志文件已存在，不会覆盖：\(path)", "A file already exists at \(path); a journal never overwrites it.")
        case .notFound(let path):
            Phrase("找不到日志文件：\(path)", "No journal at \(path).")
        case .notAJournal(let path, let detail):
            Phrase("\(path) 不是 StreetDesk 日志：\(detail.message(.zh))", "\(path) is not a StreetDesk journal: \(detail.message(.en))")
        case .newerVersion(let path):
            Phrase("\(path) 由更新版本的 StreetDesk 写入，请先升级。", "\(path) was written by a newer StreetDesk; upgrade to open it.")
        case .olderVersion(let path):
            Phrase("\(path) 由较旧版本的 StreetDesk 写入，须先以可写方式打开一次（例如 streetdesk checkpoint）才能只读查看。",
                   "\(path) was written by an older StreetDesk: open it once with write access (e.g. streetdesk checkpoint) before reading it read-only.")
        case .unavailable(let path, let problem):
            Phrase("\(path)：\(problem.message(.zh))", "\(path): \(problem.message(.en))")
        case .cannotAccess(let path, let detail):
            Phrase("无法访问 \(path)：\(detail)", "Cannot access \(path): \(detail)")
        case .invalidEntry(let index, let problem):
            Phrase("第 \(index + 1) 条记录被拒绝（整批未写入）：\(problem.message(.zh))", "Entry \(index + 1) of the batch was refused (nothing was written): \(problem.message(.en))")
        case .beyondEnd(let knownSeq, let lastSeq):
            Phrase("调用方已知第 \(knownSeq) 条，但日志只有 \(lastSeq) 条：这是另一个日志。", "The caller knows entry \(knownSeq) but the journal ends at \(lastSeq): it is looking at another journal.")
        }
        return phrase(language)
    }
}

extension JournalError.NotAJournal {
    public func message(_ language: Language) -> String {
        let phrase: Phrase = switch self {
        case .directory: Phrase("这是一个目录", "it is a directory")
        case .notARegularFile: Phrase("不是普通文件（是管道、设备或套接字）", "it is not a regular file (a pipe, a device or a socket)")
        case .empty: Phrase("文件是空的", "the file is empty")
        case .notSQLite: Phrase("不是 SQLite 数据库", "it is not an SQLite database")
        case .otherDatabase: Phrase("是其他程序的 SQLite 数据库", "it is another program's SQLite database")
        }
        return phrase(language)
    }
}

extension JournalError.EntryProblem {
    public func message(_ language: Language) -> String {
        let phrase: Phrase = switch self {
        case .timeOutOfRange: Phrase("时间超出 0001–9999 年", "its time is outside the years 0001–9999")
        case .emptyKind: Phrase("类型为空", "its kind is empty")
        case .payloadNotJSON: Phrase("内容不是有效的 JSON", "its payload is not valid JSON")
        case .nulCharacter(let field): Phrase("\(field) 含有 NUL 字符", "its \(field) contains a NUL character")
        }
        return phrase(language)
    }
}
