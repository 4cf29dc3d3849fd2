import Foundation

public typealias ThemeID = ID<CaseTheme>

/// 主题: an issue the street follows across cases — the month's 每月一题 (the city's "one issue a
/// month" list) or one of the street's own — that cases are tagged with, so that the review can
/// slice the figures by it (`report --by tag`).
public struct CaseTheme: Codable, Sendable, Equatable {
    public var id: ThemeID
    public var name: String
    /// `YYYY-MM`: the month it is 每月一题; absent for the street's own themes.
    public var month: String?

    public init(id: ThemeID, name: String, month: String? = nil) {
        self.id = id
        self.name = name
        self.month = month
    }

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case name = "name"
        case month = "month"
    }
}

extension Street {
    /// The profile's themes, in its order.
    public var themes: [CaseTheme] { profile.themes ?? [] }

    public func theme(_ id: ThemeID) -> CaseTheme? { themes.first { $0.id == id } }

    public func themeName(_ id: ThemeID) -> String { theme(id)?.name ?? id.raw }

    /// The 每月一题 of the month `day` falls in, if the profile names one.
    public func monthlyTheme(on day: StreetDay) -> CaseTheme? {
        let date = CivilCalendar.date(days: Int64(day))
        let month = String(format: "%04d-%02d", Int(date.year), Int(date.month))
        return themes.first { $0.month == month }
    }
}

extension StreetProfile {
    /// Theme ids are unique; a 每月一题 names its month as `YYYY-MM`, one theme a month.
    func validateThemes(fail: (String, Phrase) -> ProfileError) throws(ProfileError) {
        var ids = Set<ThemeID>(), months = Set<String>()
        for (i, theme) in (themes ?? []).enumerated() {
            guard ids.insert(theme.id).inserted else {
                throw fail("themes[\(i)].id", Phrase("主题“\(theme.id)”重复出现", "theme '\(theme.id)' appears twice"))
            }
            guard let month = theme.month else { continue }
            guard month.wholeMatch(of: /[0-9]{4}-(0[1-9]|1[0-2])/) != nil else {
                throw fail("themes[\(i)].month", Phrase("月份应写作 YYYY-MM，如 2026-11", "a month is written YYYY-MM, e.g. 2026-11"))
            }
            guard months.insert(month).inserted else {
                throw fail("themes[\(i)].month", Phrase("\(month) 已有每月一题", "\(month) already has its theme of the month"))
            }
        }
    }
}
