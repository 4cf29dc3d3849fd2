/// What a field accepts, said in the reader's language when a value is refused.
public enum ExpectedValue: Sendable, Equatable {
    /// One of a choice's values: by label in Chinese, by the value typed on the command line in English.
    case oneOf([ActionSpec.Choice])
    case timeSpan
    case wholeNumber
    case score
    case phoneDigits
    /// A subject id: the one word an action takes before its options.
    case oneID
    case optionWithValue
    case paletteAction
    /// Ids or names shown as they are (`--grid --summary`, action names).
    case listed([String])
    /// Formats shown as they are (`YYYY-MM-DD`, `HH:mm`, `ISO 8601`), any one of them.
    case formats([String])

    public var phrase: Phrase {
        switch self {
        case .oneOf(let choices):
            Phrase(choices.map(\.label.zh).joined(separator: "、"), choices.map(\.value).joined(separator: "|"))
        case .timeSpan: Phrase("时长，如 30m、4h、3d，最长 \(TimeSpan.maximum)", "a span such as 30m, 4h or 3d, at most \(TimeSpan.maximum)")
        case .wholeNumber: Phrase("整数", "a whole number")
        case .score: Phrase("1 到 5", "1 to 5")
        case .phoneDigits: Phrase("手机号 11 位、座机 8 位（或区号加号码）或 5 位服务号", "a mobile number (11 digits), a landline (8 digits, or with its area code) or a 5-digit service number")
        case .oneID: Phrase("一个编号", "one id")
        case .optionWithValue: Phrase("--选项 值", "--name value")
        case .paletteAction: Phrase("命令面板中的动作", "an action from the list")
        case .listed(let items): Phrase(items.joined(separator: " "), items.joined(separator: " "))
        case .formats(let formats): Phrase(formats.joined(separator: " 或 "), formats.joined(separator: " or "))
        }
    }
}
