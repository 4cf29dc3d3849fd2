import DeskCore

/// The words of `streetdesk replay`.
public enum ReplayText {
    static func title(_ journal: String, from: String) -> Phrase {
        Phrase("回放：\(journal)，自 \(from) 起", "Replay: \(journal) from \(from)")
    }
    static func summary(_ journal: String, from: String) -> Phrase {
        Phrase("按原时间重放 \(journal) 自 \(from) 起的记录（电话与姓名已遮盖）", "\(journal)'s entries from \(from) on, at their times (phones and names masked)")
    }
    public static func nothingToReplay(_ journal: String, from: String) -> Phrase {
        Phrase("\(journal) 在 \(from) 之后没有记录可回放", "\(journal) has no entries after \(from) to replay")
    }
    public static func empty(_ journal: String) -> Phrase { Phrase("\(journal) 没有街道记录，无从回放", "\(journal) has no street in it: nothing to replay") }
    public static func stopsAtDamage(_ seq: Int64) -> Phrase {
        Phrase("回放到损坏处为止（第 \(seq) 条之前）", "the replay stops before the damage (entry \(seq))")
    }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    public static let all: [Phrase] = [
        title("街道日志", from: "11-27 08:00"), summary("街道日志", from: "11-27 08:00"), nothingToReplay("街道日志", from: "11-27 08:00"),
        empty("街道日志"), stopsAtDamage(42),
    ]
}
