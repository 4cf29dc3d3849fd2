import DeskCore

/// The `:` command palette: every action by name, with completion.
public struct Palette: Sendable {
    public var input = TextField()
    public var pick = 0
    /// The item selected when the palette opened: what its actions would act on.
    public var item: ItemRef?

    public init(item: ItemRef? = nil) { self.item = item }

    public enum Outcome {
        case stay, cancel
        /// Open the action's form.
        case open(ActionSpec)
        /// Run it at once with the words typed after its name.
        case run(ActionSpec, [String])
        case unknown(String)
        /// `pause`: the practice clock, which is no desk action.
        case pauseClock
    }

    /// The palette's own word for the practice clock.
    public static let pauseWord = "pause"

    /// Actions whose name starts with, or whose name or title contains, the first word.
    public func matches(_ language: Language) -> [ActionSpec] {
        let word = ActionLine.words(input.text).first?.lowercased() ?? ""
        guard !word.isEmpty else { return ActionCatalog.all }
        let prefix = ActionCatalog.all.filter { $0.name.hasPrefix(word) }
        let rest = ActionCatalog.all.filter {
            !$0.name.hasPrefix(word) && ($0.name.contains(word) || $0.title.zh.contains(word) || $0.title.en.lowercased().contains(word))
        }
        return prefix + rest
    }

    public mutating func handle(_ key: Key, language: Language) -> Outcome {
        let matches = matches(language)
        switch key {
        case .escape: return .cancel
        case .paste(let text):
            input.insert(String(text.map { $0.isNewline ? " " : $0 }))
            pick = 0
        case .down: pick = min(pick + 1, max(0, matches.count - 1))
        case .up: pick = max(0, pick - 1)
        case .tab:
            if let spec = matches[safe: pick] { input.set(spec.name + " ") }
        case .enter:
            let words = ActionLine.words(input.text)
            guard let first = words.first else { return .cancel }
            if first == Self.pauseWord { return .pauseClock }
            if let spec = ActionCatalog.named(first) {
                return words.count == 1 ? .open(spec) : .run(spec, Array(words.dropFirst()))
            }
            if words.count == 1, let spec = matches[safe: pick] { return .open(spec) }
            return .unknown(first)
        default:
            if input.edit(key) { pick = 0 }
        }
        return .stay
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
