import DeskCore

/// The words around the boards: the header, the key hints, the status line, help and the palette.
enum ChromeText {
    static let cancelledNothingWritten = Phrase("已取消，未写入", "cancelled: nothing written")
    static let helpScrolls = Phrase("  （j/k 滚动）", "  (j/k scroll)")
    static let formsHelp = Phrase("表单", "Forms")
    static let typingHelp = Phrase("输入框", "Typing")
    static let screenHelp = Phrase("屏幕", "Screen")
    static let paletteHelp = Phrase("命令面板", "Palette")
    static let paletteTitle = Phrase("命令", "Command")
    static let demoStreet = Phrase("演示 ", "demo ")
    static let helpHint = Phrase("帮助", "help")
    static let commandHint = Phrase("命令", "command")
    static let filterHint = Phrase("筛选", "filter")
    static let openHint = Phrase("详情", "open")
    static let boardHint = Phrase("切换", "board")
    static let quitHint = Phrase("退出", "quit")
    static let terminalTooSmall = Phrase("终端太小", "Terminal too small")
    static let pleaseEnlargeTheTerminal = Phrase("请放大终端窗口", "Please enlarge the terminal")
    static let practiceBanner = Phrase(" 练习 ", " TRAINING ")
    static let clockPaused = Phrase("练习时钟已暂停（空格继续）", "practice clock paused (Space resumes)")
    static let clockRunning = Phrase("练习时钟继续走", "practice clock running")
    static let onlyInTraining = Phrase("练习时钟只在练习中可用", "the practice clock runs only in training")
    static let pausedMark = Phrase("已暂停 ", "paused ")

    static func helpTitle(_ board: Phrase) -> Phrase { Phrase("帮助 · \(board.zh)", "Help · \(board.en)") }
    static let paletteUsage = Phrase(": 动作名（Tab 补全）加参数，如 route C0042",
                                     ": then an action name, Tab completes; arguments work as on the CLI")
    static func overdueCount(_ n: Int) -> Phrase { Phrase("超期 \(n)", "overdue \(n)") }
    static func dueSoonCount(_ n: Int) -> Phrase { Phrase("临期 \(n)", "due soon \(n)") }
    static let confirmQuit = Phrase("退出值班台？y 退出 · 其他键继续", "Quit the desk? y quits, any other key stays")
    static let pasteNeedsAField = Phrase("粘贴的内容只能进入输入框：先打开表单、命令面板或 / 筛选", "a paste goes into a field: open a form, the palette or the / filter first")
    static func handoverUnacknowledged(to name: String) -> Phrase { Phrase("交接待\(name)确认", "handover to \(name) unacknowledged") }
    static let signOnTitle = Phrase("签到：谁在值班台", "Sign on: who is at the console")
    static let signOnKeys = Phrase("↑↓ 选择 · Enter 签到 · Esc 返回", "↑↓ pick · Enter signs on · Esc back")
    static let onDuty = Phrase("  （在值）", "  (on duty)")
    static let notSignedOn = Phrase("未签到", "not signed on")
    static let unverified = Phrase("（未验证）", " (unverified)")
    static func arrangedAs(_ order: String) -> Phrase { Phrase("现在：\(order)", "now \(order)") }
    static func secretTitle(_ name: String) -> Phrase { Phrase("签到：\(name) 的密码", "Sign on: \(name)'s PIN") }
    static func demoSecret(_ secret: String) -> Phrase { Phrase("演示街道的密码：\(secret)", "the demo street's PIN: \(secret)") }
    static let secretKeys = Phrase("Enter 签到 · Esc 返回名单", "Enter signs on · Esc back to the list")
    static func wrongSecret(_ name: String) -> Phrase { Phrase("\(name) 的密码不对", "that is not \(name)'s PIN") }
    static func signOnHeld(seconds: Int) -> Phrase { Phrase("密码错误次数过多：请 \(seconds) 秒后再试", "too many wrong PINs: try again in \(seconds) s") }
    static func signedOn(_ name: String) -> Phrase { Phrase("\(name) 已签到，值班台由其操作", "\(name) signed on: the console is theirs") }
    static let casesAndWhistles = Phrase("（工单+哨令）", " (cases+whistles)")
    /// An action the core refuses now, with the core's own reason.
    static func refused(_ spec: ActionSpec, because reason: Phrase) -> Phrase {
        Phrase("\(spec.title.zh)：\(reason.zh)", "\(spec.title.en): \(reason.en)")
    }
    static func written(_ action: Phrase, _ subject: String, seq: Int64) -> Phrase {
        Phrase("✓ \(action.zh) \(subject)：已写入日志 #\(seq)", "✓ \(action.en) \(subject): journaled as #\(seq)")
    }

    /// Every phrase, the ones with values given sample values: the language tests walk this.
    static let all: [Phrase] = [
        cancelledNothingWritten, helpScrolls, formsHelp, typingHelp, screenHelp, paletteHelp, paletteTitle, demoStreet,
        helpHint, commandHint, filterHint, openHint, boardHint, quitHint, terminalTooSmall, pleaseEnlargeTheTerminal,
        practiceBanner, clockPaused, clockRunning, onlyInTraining, pausedMark,
        helpTitle(Board.complaints.label), paletteUsage, overdueCount(30), dueSoonCount(4), casesAndWhistles, signOnTitle, signOnKeys, onDuty, notSignedOn, unverified, arrangedAs("按期限"), secretTitle("王静"), demoSecret("2468"), secretKeys, wrongSecret("王静"), signOnHeld(seconds: 30), signedOn("王静"), handoverUnacknowledged(to: "王静"), confirmQuit, pasteNeedsAField,
        refused(ActionCatalog.named("route")!, because: Phrase("工单 C0351 已办结", "case C0351 is already resolved")), written(ActionCatalog.named("intake")!.title, "C0351", seq: 2031),
    ]
}
