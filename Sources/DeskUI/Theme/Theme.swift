/// A named mapping from roles to styles.
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// How `role` looks: a role the theme leaves out looks like `normal`, and colours a
    /// role leaves unset come from `normal`, so a theme can set the screen's colours once.
    public func style(for role: Role) -> Style {
        let normal = styles[.normal] ?? Style()
        guard var style = styles[role] else { return normal }
        style.fg = style.fg ?? normal.fg
        style.bg = style.bg ?? normal.bg
        return style
    }
}
