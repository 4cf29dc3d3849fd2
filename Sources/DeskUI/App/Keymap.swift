import DeskCore

/// What a key does on a board: moving, opening, or starting one of the core's actions.
public enum UICommand: Hashable, Sendable {
    case quit, help, palette, filter, back, open
    /// Sign on: another officer takes the console without quitting the desk.
    case signOn
    case up, down, left, right, pageUp, pageDown, top, bottom
    case nextBoard, previousBoard
    /// The complaints board's next sort order, and its next grouping.
    case nextSort, nextGrouping
    /// The Departments board's period: the next kind, or one period earlier or later.
    case nextPeriod, earlierPeriod, laterPeriod
    /// The selected unit of a dispatch to its next status, without a form.
    case nextUnitStatus
    case board(Board)
    /// A desk action by its palette name; its form opens with the selected item filled in.
    case action(String)
    /// Pauses or resumes the practice clock (training).
    case pauseClock
    /// The day's figures and the cases behind each (the Today board).
    case figures
}

/// One row of the keymap: the keys, where they apply, what they do, and the help text.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How help shows the keys: `j ↓`.
    public let label: String
    public let command: UICommand
    /// nil: on every board.
    public let boards: [Board]?
    public let help: Phrase
}

/// The one keymap table: it drives input and the `?` help alike.
public enum Keymap {
    public static let bindings: [KeyBinding] = navigation + actions

    static func bind(_ keys: [Key], _ label: String, _ command: UICommand, on boards: [Board]? = nil,
                     _ zh: String, _ en: String) -> KeyBinding {
        KeyBinding(keys: keys, label: label, command: command, boards: boards, help: Phrase(zh, en))
    }

    static let navigation: [KeyBinding] = [
        bind([.char("?")], "?", .help, "帮助", "help"),
        bind([.char(":")], ":", .palette, "命令面板", "command palette"),
        bind([.char("/")], "/", .filter, "筛选当前看板", "filter this board"),
        bind([.enter], "Enter", .open, "打开详情", "open the detail"),
        bind([.escape], "Esc", .back, "返回 / 取消", "back / cancel"),
        bind([.char("q")], "q", .quit, "退出", "quit"),
        bind([.char("O")], "O", .signOn, "签到（换人值班，不退出）", "sign on (another officer takes the console)"),
        bind([.char("j"), .down], "j ↓", .down, "下移", "down"),
        bind([.char("k"), .up], "k ↑", .up, "上移", "up"),
        bind([.char("h"), .left], "h ←", .left, on: [.map], "左移", "left"),
        bind([.char("l"), .right], "l →", .right, on: [.map], "右移", "right"),
        bind([.pageDown, .ctrl("d")], "PgDn", .pageDown, "下翻页", "page down"),
        bind([.pageUp, .ctrl("b")], "PgUp", .pageUp, "上翻页", "page up"),
        bind([.home, .char("g")], "g Home", .top, "到顶", "first"),
        bind([.end, .char("G")], "G End", .bottom, "到底", "last"),
        bind([.tab], "Tab", .nextBoard, "下一看板", "next board"),
        bind([.backTab], "S-Tab", .previousBoard, "上一看板", "previous board"),
        bind([.char("S")], "S", .nextSort, on: [.complaints], "换排序：期限 / 受理先后 / 网格 / 部门", "sort: deadline / age / grid / dept"),
        bind([.char("S")], "S", .nextSort, on: [.whistles], "换排序：期限 / 吹哨先后 / 类别 / 网格", "sort: deadline / blown / type / grid"),
        bind([.char("S")], "S", .nextSort, on: [.dispatches], "换排序：调度先后 / 计划时间 / 牵头部门 / 网格", "sort: created / planned / lead / grid"),
        bind([.char("S")], "S", .nextSort, on: [.departments], "换排序：档案顺序 / 综合 / 解决率 / 在办", "sort: profile / score / resolution / open"),
        bind([.char("V")], "V", .nextGrouping, on: [.complaints], "换分组：部门 / 社区 / 紧急程度 / 不分组", "group: dept / community / urgency / none"),
        bind([.char("p")], "p", .nextPeriod, on: [.departments], "换期间：近7天 / 今日 / 本周 / 本月", "period: 7 days / today / week / month"),
        bind([.char("[")], "[", .earlierPeriod, on: [.departments], "前一期间（可回到任一日期）", "the period before (back to any date)"),
        bind([.char("]")], "]", .laterPeriod, on: [.departments], "后一期间", "the period after"),
        bind([.char("F")], "F", .figures, on: [.today], "今日各项数字背后的工单", "the cases behind today's figures"),
        bind([.char(" ")], "Space", .pauseClock, "暂停 / 继续练习时钟（练习）", "pause / resume the practice clock (training)"),
    ] + Board.allCases.map { board in
        bind([.char(Character(String(board.rawValue)))], String(board.rawValue), .board(board),
             "看板：\(board.label.zh)", "board: \(board.label.en)")
    }

    static let actions: [KeyBinding] = [
        bind([.char("i")], "i", .action("intake"), on: [.map, .complaints, .today], "受理诉求", "take in a request"),
        bind([.char("r")], "r", .action("route"), on: [.complaints], "分类处置（第十七条）", "triage (Art 17)"),
        bind([.char("c")], "c", .action("contact"), on: [.complaints], "联系诉求人", "contact"),
        bind([.char("n")], "n", .action("progress"), on: [.complaints], "办理进展", "progress note"),
        bind([.char("s")], "s", .action("resolve"), on: [.complaints], "办结", "resolve"),
        bind([.char("f")], "f", .action("feedback"), on: [.complaints], "反馈诉求人", "feedback"),
        bind([.char("b")], "b", .action("callback"), on: [.complaints], "回访", "call-back"),
        bind([.char("E")], "E", .action("evaluation"), on: [.complaints], "热线回访结果", "the hotline's call-back"),
        bind([.char("x")], "x", .action("close"), on: [.complaints], "结案", "close"),
        bind([.char("t")], "t", .action("return"), on: [.complaints], "申请退单", "ask to return"),
        bind([.char("u")], "u", .action("urge"), on: [.complaints], "督办", "urge"),
        bind([.char("e")], "e", .action("extend"), on: [.complaints], "申请延期", "ask to extend"),
        bind([.char("A")], "A", .action("approve"), on: [.complaints], "批准申请", "approve request"),
        bind([.char("D")], "D", .action("reject"), on: [.complaints], "驳回申请", "reject request"),
        bind([.char("m")], "m", .action("merge"), on: [.complaints], "并单", "merge"),
        bind([.char("o")], "o", .action("reopen"), on: [.complaints], "重办", "reopen"),
        bind([.char("C")], "C", .action("recategorize"), on: [.complaints], "更正类别", "correct the category"),
        bind([.char("T")], "T", .action("tag"), on: [.complaints], "标记主题", "tag with a theme"),
        bind([.char("U")], "U", .action("untag"), on: [.complaints], "取消主题", "take a theme off"),
        bind([.char("P")], "P", .action("reveal-phone"), on: [.complaints], "查看完整电话（留痕）", "reveal phone (journaled)"),
        bind([.char("w")], "w", .action("whistle"), on: [.complaints, .whistles, .map], "吹哨", "blow the whistle"),
        bind([.char("a")], "a", .action("report-in"), on: [.whistles], "部门报到", "report in"),
        bind([.char("s")], "s", .action("act"), on: [.whistles], "开始处置", "start acting"),
        bind([.char("f")], "f", .action("finish"), on: [.whistles], "部门完成", "department done"),
        bind([.char("x")], "x", .action("refuse"), on: [.whistles], "拒不履职（第四十四条）", "refusal (Art 44)"),
        bind([.char("u")], "u", .action("urge-summons"), on: [.whistles], "督办迟到部门", "urge a late department"),
        bind([.char("W")], "W", .action("withdraw-refusal"), on: [.whistles], "更正拒不履职记录", "withdraw a refusal recorded by mistake"),
        bind([.char("c")], "c", .action("close-whistle"), on: [.whistles], "销哨", "close whistle"),
        bind([.char("d")], "d", .action("dispatch"), on: [.complaints, .dispatches, .map], "联合执法调度", "dispatch"),
        bind([.char("n")], "n", .nextUnitStatus, on: [.dispatches], "力量进入下一状态", "unit to its next status"),
        bind([.char("s")], "s", .action("unit-status"), on: [.dispatches], "力量状态", "unit status"),
        bind([.char("c")], "c", .action("conclude"), on: [.dispatches], "执法结果", "conclude"),
        bind([.char("p")], "p", .action("patrol"), on: [.map], "巡查发现", "patrol finding"),
        bind([.char("R")], "R", .action("rate-utility"), on: [.departments], "公共服务评价（第四十五条）", "rate a utility (Art 45)"),
        bind([.char("H")], "H", .action("handover"), on: [.today, .complaints], "交接班", "shift handover"),
        bind([.char("K")], "K", .action("acknowledge"), on: [.today, .complaints], "确认接班", "acknowledge the handover"),
    ]

    /// The command a key has on `board`; a board's own binding wins over a global one.
    public static func command(for key: Key, on board: Board) -> UICommand? {
        let matches = bindings.filter { $0.keys.contains(key) && ($0.boards?.contains(board) ?? true) }
        return (matches.first { $0.boards != nil } ?? matches.first)?.command
    }

    /// What help lists for `board`: the board's own keys first, then the rest.
    public static func help(for board: Board) -> [KeyBinding] {
        bindings.filter { $0.boards?.contains(board) == true } + bindings.filter { $0.boards == nil }
    }
}
