/// The 16 colours every colour terminal has, numbered as the terminal numbers them.
public enum ANSIColor: Int, CaseIterable, Sendable {
    case black, red, green, yellow, blue, magenta, cyan, white
    case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

    /// The name used in theme files: the case name (`brightRed`).
    public var name: String { String(describing: self) }

    public init?(name: String) {
        guard let color = Self.allCases.first(where: { $0.name == name }) else { return nil }
        self = color
    }

    /// The closest of the 16 to xterm's colour `index`, for terminals with fewer colours.
    public static func nearest(toIndex index: UInt8) -> ANSIColor {
        if index < 16 { return ANSIColor(rawValue: Int(index))! }
        let target = rgb(ofIndex: Int(index))
        return allCases.min { distance($0.rgb, target) < distance($1.rgb, target) }!
    }

    /// xterm's default palette.
    private var rgb: (Int, Int, Int) {
        switch self {
        case .black: (0, 0, 0)
        case .red: (205, 0, 0)
        case .green: (0, 205, 0)
        case .yellow: (205, 205, 0)
        case .blue: (0, 0, 238)
        case .magenta: (205, 0, 205)
        case .cyan: (0, 205, 205)
        case .white: (229, 229, 229)
        case .brightBlack: (127, 127, 127)
        case .brightRed: (255, 0, 0)
        case .brightGreen: (0, 255, 0)
        case .brightYellow: (255, 255, 0)
        case .brightBlue: (92, 92, 255)
        case .brightMagenta: (255, 0, 255)
        case .brightCyan: (0, 255, 255)
        case .brightWhite: (255, 255, 255)
        }
    }

    /// Colours 16–231 are a 6×6×6 cube, 232–255 a grey ramp.
    private static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        if index >= 232 {
            let grey = 8 + 10 * (index - 232)
            return (grey, grey, grey)
        }
        let levels = [0, 95, 135, 175, 215, 255]
        let cube = index - 16
        return (levels[cube / 36], levels[cube / 6 % 6], levels[cube % 6])
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}

/// A colour in a theme: a named ANSI colour, or one of the 256 indexed colours together
/// with the ANSI colour to use where the terminal has only 8 or 16.
public enum ThemeColor: Hashable, Sendable {
    case ansi(ANSIColor)
    case index(UInt8, fallback: ANSIColor)

    /// Indexed colour `n` with its nearest ANSI colour as the fallback.
    public static func index(_ n: UInt8) -> ThemeColor {
        .index(n, fallback: ANSIColor.nearest(toIndex: n))
    }
}
