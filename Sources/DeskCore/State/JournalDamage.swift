/// The first entry of a journal that cannot be trusted or read, and what is wrong with it.
/// A damaged journal is read up to the entry before it and written no more: every front shows
/// the state before `seq`, says this, and refuses to write (docs/journal-format.md).
public struct JournalDamage: Error, Sendable, Equatable, CustomStringConvertible {
    public let seq: Int64
    public let problem: Problem

    public enum Problem: Sendable, Equatable {
        /// The chain: an entry is missing, out of sequence, linked to another hash, or altered.
        case missing, outOfSequence, mislinked, altered
        /// Its time is not the shape StreetDesk writes.
        case malformedTime
        /// A kind this StreetDesk does not know.
        case unknownKind(String)
        /// A payload that does not decode as its kind (the decoder's detail).
        case malformedPayload(kind: String, detail: String)
        /// Anything but the street's configuration before the street is configured, or a second configuration.
        case outOfPlace(kind: String)
        /// The journal records a format newer than this StreetDesk reads.
        case newerFormat(Int)
    }

    public init(seq: Int64, problem: Problem) {
        self.seq = seq
        self.problem = problem
    }

    /// The problem of an entry that does not decode.
    public init(seq: Int64, _ error: EventDecodingError) {
        self.seq = seq
        problem = switch error {
        case .unknownKind(let kind): .unknownKind(kind)
        case .malformed(let kind, let detail): .malformedPayload(kind: kind, detail: detail)
        case .newerFormat(let format): .newerFormat(format)
        }
    }

    /// What is wrong with entry `seq`, in a line.
    public var what: Phrase {
        switch problem {
        case .missing: Phrase("第 \(seq) 条缺失", "entry \(seq) is missing")
        case .outOfSequence: Phrase("第 \(seq) 条顺序错乱", "entry \(seq) is out of sequence")
        case .mislinked: Phrase("第 \(seq) 条的前一哈希与第 \(seq - 1) 条的哈希不符", "entry \(seq)'s previous hash does not match the hash of entry \(seq - 1)")
        case .altered: Phrase("第 \(seq) 条的内容与其哈希不符（在 StreetDesk 之外被改动过）", "entry \(seq)'s content does not match its hash (altered outside StreetDesk)")
        case .malformedTime: Phrase("第 \(seq) 条的时间格式不对", "entry \(seq)'s time text is malformed")
        case .unknownKind(let kind): Phrase("第 \(seq) 条的类型“\(kind)”无法识别", "entry \(seq) has an unknown kind '\(kind)'")
        case .malformedPayload(let kind, let detail):
            Phrase("第 \(seq) 条（\(kind)）的内容无法读取：\(detail)", "entry \(seq) (\(kind)) cannot be read: \(detail)")
        case .outOfPlace(let kind):
            Phrase("第 \(seq) 条（\(kind)）出现在不该出现的位置（街道配置之前，或第二次配置）",
                   "entry \(seq) (\(kind)) is out of place (before the street is configured, or configuring it again)")
        case .newerFormat(let format):
            Phrase("第 \(seq) 条为第 \(format) 版格式，由更新版本的 StreetDesk 写入；本版本只能读到第 \(JournalFormat.current) 版，请先升级",
                   "entry \(seq) is in format \(format), written by a newer StreetDesk; this one reads formats up to \(JournalFormat.current): upgrade StreetDesk")
        }
    }

    /// The banner and the reason a write is refused: what is wrong, and that the journal is now read-only.
    public var banner: Phrase {
        if case .newerFormat = problem {
            return Phrase("日志只读：\(what.zh)；显示的是此前的状态", "journal read-only: \(what.en); showing the state before it")
        }
        return Phrase("日志已损坏，只读：\(what.zh)；显示的是此前的状态，运行 streetdesk verify --explain",
                      "journal damaged, read-only: \(what.en); showing the state before it; run streetdesk verify --explain")
    }

    public func message(_ language: Language) -> String { banner(language) }

    public var description: String { message(.en) }
}

extension JournalDamage {
    /// What the supervisor does about it, in plain steps (`streetdesk verify --explain`).
    public var advice: [Phrase] {
        if case .newerFormat = problem {
            return [Phrase("这份日志由更新版本的 StreetDesk 写入，日志本身没有损坏。", "A newer StreetDesk wrote this journal; the journal itself is not damaged."),
                    Phrase("在这台电脑上安装与其他值班台相同或更新的 StreetDesk，再打开。", "Install the same StreetDesk as the other consoles, or newer, on this computer, and open it again.")]
        }
        return [
            Phrase("1. 值班台和 streetdesk do 已停止写入；第 \(seq) 条之前的记录照常可看。电话和纸质登记照常进行，事后补录。",
                   "1. The desks and streetdesk do have stopped writing; everything before entry \(seq) can still be viewed. Keep taking calls on paper and enter them later."),
            Phrase("2. 不要删除或修改日志文件。先复制一份留证：日志文件及其旁边的 -wal 文件。",
                   "2. Do not delete or edit the journal file. Copy it first, as evidence: the journal file and the -wal file beside it."),
            Phrase("3. 查看出问题的记录：streetdesk log --since \(max(0, seq - 1)) --journal 日志文件",
                   "3. Look at the entry: streetdesk log --since \(max(0, seq - 1)) --journal JOURNAL"),
            Phrase("4. 若有封签，核对是否被截短或改写：streetdesk verify --seal 封签文件；并与纸质封签记录对照。",
                   "4. If you keep a seal, check for truncation or rewriting: streetdesk verify --seal SEAL, and compare with the paper copy of the seal."),
            Phrase("5. 报告主任和信息管理员：谁在何时能接触这台电脑。从最近一份校验完好的备份恢复，或用 streetdesk init 新建日志，按纸质记录补录。",
                   "5. Report it to the director and the IT officer: who could reach this computer, and when. Restore the newest backup that verifies intact, or start a new journal with streetdesk init and enter the paper records."),
        ]
    }
}
