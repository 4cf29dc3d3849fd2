/// Pictures drawn with Unicode block characters, one cell each (they count as one in
/// `DisplayWidth`): read by their height and length, so they stay legible in the mono theme and
/// under NO_COLOR, where roles carry no colour.
enum BlockChart {
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
    /// Eighths of a cell, for bars: ▏ is one eighth, █ a whole cell.
    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]

    /// One cell per value, scaled to `top` (the largest value when nil): zero is the lowest
    /// block, and any value above zero at least the second, so that one case never reads as none.
    static func sparkline(_ values: [Int], top: Int? = nil) -> String {
        let top = max(1, top ?? values.max() ?? 1)
        return String(values.map { value -> Character in
            guard value > 0 else { return levels[0] }
            return levels[min(7, max(1, Int((Double(value) / Double(top) * 7).rounded())))]
        })
    }

    /// A rate (0…1) as a sparkline cell; nil (no cases that day) as a middle dot.
    static func rateCell(_ rate: Double?) -> Character {
        guard let rate else { return "·" }
        return levels[min(7, max(0, Int((rate * 7).rounded())))]
    }

    /// `fraction` (0…1) of `width` cells as a bar in eighths, padded with spaces to `width`.
    static func bar(_ fraction: Double, width: Int) -> String {
        guard width > 0 else { return "" }
        let eighthsFilled = Int((min(1, max(0, fraction)) * Double(width * 8)).rounded())
        var text = String(repeating: "█", count: eighthsFilled / 8)
        if eighthsFilled % 8 > 0 { text.append(eighths[eighthsFilled % 8 - 1]) }
        return text + String(repeating: " ", count: width - text.count)
    }
}
