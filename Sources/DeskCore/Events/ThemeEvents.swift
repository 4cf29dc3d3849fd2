/// A case tagged with one of the profile's themes (主题), or the tag taken off (format 4).
public struct CaseTagged: Codable, Sendable, Equatable {
    public var id: CaseID
    public var theme: ThemeID

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case theme = "theme"
    }
}
