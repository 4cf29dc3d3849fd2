import DeskCore
import Foundation

/// Finds English on a Chinese screen: every ASCII word of two letters or more that is not an id,
/// a code, a key name, a unit or a command shown as typed.
struct EnglishInChinese {
    /// Key names, format codes and the program's commands, which a Chinese screen shows as they are typed.
    static let codes: Set<String> = [
        "Tab", "Shift", "Esc", "Enter", "Ctrl", "PgUp", "PgDn", "Home", "End", "Space", "Backspace", "Del",
        "HH", "mm", "YYYY", "MM", "DD", "ISO", "YAML", "streetdesk", "init", "profile", "train",
    ]

    /// The street's ids (departments, categories, themes), allowed only in parentheses after the name they stand for.
    let ids: Set<String>
    /// Action names, typed in the palette and shown beside their titles.
    let actions = Set(ActionCatalog.all.map(\.name))

    init(street: Street) {
        ids = Set(street.profile.departments.map(\.id.raw) + street.categories.keys.map(\.raw) + street.themes.map(\.id.raw))
    }

    /// The English words in `text`, each once, in order.
    func words(in text: String) -> [String] {
        var found = [String]()
        let characters = Array(text)
        var index = 0
        var previousWasOption = false
        while index < characters.count {
            guard characters[index].isASCII, characters[index].isLetter || characters[index].isNumber else {
                index += 1
                continue
            }
            let start = index
            while index < characters.count, characters[index].isASCII,
                  characters[index].isLetter || characters[index].isNumber || ".-_".contains(characters[index]) {
                index += 1
            }
            let word = String(characters[start..<index]).trimmingCharacters(in: CharacterSet(charactersIn: ".-_"))
            let before = start > 0 ? characters[start - 1] : " "
            let option = start > 1 && characters[start - 2] == "-" && before == "-"
            defer { previousWasOption = option }
            guard word.count(where: \.isLetter) >= 2, !word.first!.isNumber else { continue }    // 3h50m: a span
            if option || previousWasOption && before == " " { continue }    // `--outcome transfer`: a command as typed
            if word.split(separator: "-").allSatisfy({ Self.codes.contains(String($0)) || $0.count == 1 }) { continue }  // Ctrl-S
            if actions.contains(word) { continue }
            if ids.contains(word), before == "（" || before == "(" { continue }
            if !found.contains(word) { found.append(word) }
        }
        return found
    }
}

