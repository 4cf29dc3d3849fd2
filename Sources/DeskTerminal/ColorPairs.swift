import CNcursesw
import DeskUI

/// The curses attributes and colour pair of each role under one theme. Pair numbers
/// follow `Role.allCases`, so setting up a new theme simply redefines them.
struct ColorPairs {
    struct Look {
        var attributes: attr_t
        var pair: Int32
    }

    private var looks: [Role: Look] = [:]

    /// `defaultColors`: whether `use_default_colors` worked, so -1 means the terminal's own colour.
    init(theme: Theme, depth: ColorDepth, defaultColors: Bool) {
        for (index, role) in Role.allCases.enumerated() {
            let style = theme.terminalStyle(for: role, depth: depth)
            var look = Look(attributes: Self.attributes(style), pair: 0)
            if depth != .none, style.fg != nil || style.bg != nil {
                look.pair = Int32(index + 1)
                let fg = style.fg ?? (defaultColors ? -1 : 7)
                let bg = style.bg ?? (defaultColors ? -1 : 0)
                init_pair(Int16(look.pair), Int16(fg), Int16(bg))
            }
            looks[role] = look
        }
    }

    subscript(role: Role) -> Look {
        looks[role] ?? Look(attributes: shim_a_normal(), pair: 0)
    }

    private static func attributes(_ style: TerminalStyle) -> attr_t {
        var attributes = shim_a_normal()
        if style.bold { attributes |= shim_a_bold() }
        if style.underline { attributes |= shim_a_underline() }
        if style.reverse { attributes |= shim_a_reverse() }
        if style.dim { attributes |= shim_a_dim() }
        return attributes
    }
}
