/// 主题: tagging cases with the profile's themes (每月一题 and the street's own), for the review.
extension ActionCatalog {
    static let themeActions: [ActionSpec] = [
        spec("tag", "标记主题", "tag with a theme", on: .case, [
            .field("theme", FieldLabel.theme, .theme, required: true),
        ]) { a throws(DeskError) in
            .tag(try a.subjectID(), theme: ThemeID(try a.required("theme")))
        },
        spec("untag", "取消主题", "take a theme off", on: .case, [
            .field("theme", FieldLabel.theme, .theme, required: true),
        ]) { a throws(DeskError) in
            .untag(try a.subjectID(), theme: ThemeID(try a.required("theme")))
        },
    ]
}
