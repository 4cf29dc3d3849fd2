import DeskCore

/// What is wrong with a seal, or with a journal measured against its seal.
public enum SealError: Error, Equatable, CustomStringConvertible {
    case notASeal
    case badSignature
    case cannotRead(path: String, detail: String)
    case cannotWrite(path: String, detail: String)
    /// The journal ends before the sealed head: its newest entries were cut off.
    case shorter(sealed: Int64, lastSeq: Int64)
    /// The journal's entry at the sealed seq is not the one sealed: it was rewritten.
    case diverges(seq: Int64)
    /// Signed with another key than this journal's.
    case otherKey

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String { phrase(language) }

    /// A handover is the record whether or not its seal could be written: this says it was not, and what to do.
    public var afterHandover: Phrase {
        Phrase("交接已记录，但封签未能写入（\(phrase.zh)）；请运行 streetdesk seal",
               "the handover is recorded, but its seal could not be written (\(phrase.en)); run streetdesk seal")
    }

    public var phrase: Phrase {
        switch self {
        case .notASeal: Phrase("这不是 StreetDesk 封签", "this is not a StreetDesk seal")
        case .badSignature: Phrase("封签的签名不对：封签被改动过", "the seal's signature does not match: the seal was altered")
        case .cannotRead(let path, let detail): Phrase("无法读取 \(path)：\(detail)", "cannot read \(path): \(detail)")
        case .cannotWrite(let path, let detail): Phrase("无法写入 \(path)：\(detail)", "cannot write \(path): \(detail)")
        case .shorter(let sealed, let lastSeq):
            Phrase("日志比封签短：封签到第 \(sealed) 条，日志只到第 \(lastSeq) 条——最新的记录被截掉了",
                   "the journal is shorter than its seal: sealed at entry \(sealed), it ends at entry \(lastSeq) — its newest entries were cut off")
        case .diverges(let seq):
            Phrase("日志与封签不符：第 \(seq) 条不是封签时的那一条——日志被改写过", "the journal diverges from its seal: entry \(seq) is not the one sealed — the journal was rewritten")
        case .otherKey: Phrase("封签不是用这份日志的密钥签的", "the seal was not signed with this journal's key")
        }
    }
}
