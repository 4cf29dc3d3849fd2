/// The two languages of the desk's own words. Data (names, categories, free text) stays as entered.
public enum Language: String, Sendable, CaseIterable, Codable {
    case zh, en

    /// Picks the language from a locale string such as `LANG=zh_CN.UTF-8`; anything not Chinese is English.
    public init(locale: String?) {
        self = (locale ?? "").lowercased().hasPrefix("zh") ? .zh : .en
    }
}

/// A phrase in both languages.
public struct Phrase: Sendable, Equatable, Hashable {
    public let zh: String
    public let en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String { language == .zh ? zh : en }
}

/// Something with a name in both languages (enum cases shown in lists, forms and help).
public protocol Labelled {
    var label: Phrase { get }
}
