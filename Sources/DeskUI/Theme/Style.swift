/// How one role looks. A colour left nil takes the `normal` role's colour, and when that is
/// nil too, the terminal's own default.
public struct Style: Equatable, Sendable {
    public var fg: ThemeColor?
    public var bg: ThemeColor?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool

    public init(
        fg: ThemeColor? = nil, bg: ThemeColor? = nil,
        bold: Bool = false, underline: Bool = false, reverse: Bool = false, dim: Bool = false
    ) {
        self.fg = fg
        self.bg = bg
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}
