/// How many colours a terminal shows, which decides how a theme's colours are reduced.
public enum ColorDepth: Sendable, CaseIterable {
    /// No colour (or `NO_COLOR`): attributes only.
    case none
    case ansi8
    case ansi16
    case indexed256

    /// From curses' `COLORS`.
    public init(colors: Int) {
        switch colors {
        case 256...: self = .indexed256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .none
        }
    }
}

/// A style as one terminal can show it. Colours are the terminal's colour numbers; nil
/// means the terminal's default colour.
public struct TerminalStyle: Hashable, Sendable {
    public var fg: Int?
    public var bg: Int?
    public var bold: Bool
    public var underline: Bool
    public var reverse: Bool
    public var dim: Bool
}

extension Theme {
    /// The style of `role` reduced to `depth`: indexed colours become their ANSI fallback on
    /// 8 and 16 colours, and on 8 a bright colour becomes its base colour (plus bold, for text).
    public func terminalStyle(for role: Role, depth: ColorDepth) -> TerminalStyle {
        let style = style(for: role)
        var out = TerminalStyle(
            fg: nil, bg: nil, bold: style.bold, underline: style.underline, reverse: style.reverse, dim: style.dim)
        guard depth != .none else { return out }
        out.fg = style.fg.map { number($0, depth) }
        out.bg = style.bg.map { number($0, depth) }
        if depth == .ansi8 {
            if let fg = out.fg, fg >= 8 {
                out.fg = fg - 8
                out.bold = true
            }
            out.bg = out.bg.map { $0 % 8 }
        }
        return out
    }

    private func number(_ color: ThemeColor, _ depth: ColorDepth) -> Int {
        switch color {
        case .ansi(let ansi): ansi.rawValue
        case .index(let n, _) where depth == .indexed256: Int(n)
        case .index(_, let fallback): fallback.rawValue
        }
    }
}
