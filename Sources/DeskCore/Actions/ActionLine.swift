/// Reads an action's words as the CLI and the `:` palette both take them:
/// `route C0042 --outcome transfer --department water` (also `--name=value`).
public enum ActionLine {
    /// Splits a palette line into words; double or single quotes keep spaces inside one word.
    public static func words(_ line: String) -> [String] {
        var words = [String]()
        var current = ""
        var quote: Character?
        var inWord = false
        for character in line {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character.isWhitespace {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// Fills `arguments` from the words after the action's name.
    public static func read(_ words: [String], for spec: ActionSpec, into arguments: inout ActionArguments) throws(DeskError) {
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.hasPrefix("--") else {
                guard spec.subject != nil, arguments.subject == nil else {
                    throw .invalidValue(field: FieldLabel.argument, value: word, expected: spec.subject == nil ? .optionWithValue : .oneID)
                }
                arguments.subject = word
                continue
            }
            let name = String(word.dropFirst(2))
            if let equals = name.firstIndex(of: "=") {
                arguments.add(String(name[..<equals]), String(name[name.index(after: equals)...]))
            } else if index < words.count {
                arguments.add(name, words[index])
                index += 1
            } else {
                throw .missing(field: spec.parameters.first { $0.name == name }?.label ?? Phrase(word, word))
            }
        }
    }
}
