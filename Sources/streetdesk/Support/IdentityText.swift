import DeskCore

/// What the command line says about officers' credentials.
enum IdentityText {
    static func askSecret(_ name: String) -> Phrase { Phrase("\(name) 的签到密码：", "\(name)'s PIN or passphrase: ") }
    static func askNewSecret(_ name: String) -> Phrase { Phrase("\(name) 的新密码：", "new PIN or passphrase for \(name): ") }
    static let askAgain = Phrase("再输入一次：", "once more: ")
    static let notTheSame = Phrase("两次输入的不一样，未作更改", "the two did not match; nothing changed")
    static func set(_ name: String, path: String) -> Phrase { Phrase("已设置 \(name) 的签到密码（\(path)）", "set \(name)'s PIN or passphrase (\(path))") }
    static let unverified = Phrase("（未验证：此日志没有人员密码文件）", "(unverified: this journal has no staff file)")
    static let hasCredential = Phrase("已设密码", "has a credential")
    static let noCredential = Phrase("未设密码", "no credential")
    static let firstMustBeSupervisor = Phrase("第一个签到密码须是带班领导的", "the first credential set must be a supervisor's")
    static let noStaffList = Phrase("街道档案没有列出值班人员：没有可以设置密码的人", "the street profile lists no staff: there is no one to set a credential for")
}
