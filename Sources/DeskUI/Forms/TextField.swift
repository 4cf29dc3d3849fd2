import Foundation

/// One line of editable text with a caret, counted in characters (a Chinese character is one).
public struct TextField: Equatable, Sendable {
    public private(set) var text: String
    public private(set) var caret: Int

    public init(_ text: String = "") {
        self.text = text
        caret = text.count
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func edit(_ key: Key) -> Bool {
        var characters = Array(text)
        switch key {
        case .char(let c):
            characters.insert(c, at: caret)
            caret += 1
        case .backspace where caret > 0:
            characters.remove(at: caret - 1)
            caret -= 1
        case .backspace: return true
        case .delete where caret < characters.count: characters.remove(at: caret)
        case .delete: return true
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(characters.count, caret + 1)
        case _ where TextFieldKeys.start.matches(key): caret = 0
        case _ where TextFieldKeys.end.matches(key): caret = characters.count
        case _ where TextFieldKeys.clearBefore.matches(key):
            characters.removeSubrange(0..<caret)
            caret = 0
        case _ where TextFieldKeys.clearAfter.matches(key): characters.removeSubrange(caret...)
        default: return false
        }
        text = String(characters)
        return true
    }

    /// Inserts `value` at the caret.
    public mutating func insert(_ value: String) {
        var characters = Array(text)
        characters.insert(contentsOf: value, at: caret)
        caret += value.count
        text = String(characters)
    }

    public mutating func set(_ value: String) {
        text = value
        caret = value.count
    }

    public var isEmpty: Bool { text.trimmingCharacters(in: .whitespaces).isEmpty }
}
