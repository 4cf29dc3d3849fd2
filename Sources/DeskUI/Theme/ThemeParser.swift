import DeskCore
import Yams

/// Reads the theme file format (see docs/themes.md) from YAML nodes, so every error can
/// name its line and key.
struct ThemeParser {
    let file: String

    func parse(_ yaml: String) throws -> Theme {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw malformed(error)
        }
        guard let root, let top = root.mapping else {
            throw ThemeError(file: file, line: root?.mark?.line, problem: Phrase("应为含 name: 与 roles: 的映射", "expected a mapping with name: and roles:"))
        }
        var name: String?
        var styles: [Role: Style] = [:]
        var own: [Role: Style] = [:]
        for (keyNode, value) in top {
            switch try key(keyNode, path: nil) {
            case "name":
                guard let text = value.scalar?.string, !text.isEmpty else {
                    throw fail(value, "name", Phrase("应为主题名称", "expected the theme's name"))
                }
                name = text
            case "base":
                guard let baseName = value.scalar?.string, Theme.builtinNames.contains(baseName) else {
                    throw fail(value, "base", Phrase("应为内置主题：\(Theme.builtinNames.joined(separator: ", "))", "expected a built-in theme: \(Theme.builtinNames.joined(separator: ", "))"))
                }
                styles = try Theme.load(name: baseName).styles
            case "roles":
                own = try roles(value)
            case let other:
                throw fail(keyNode, other, Phrase("未知的键（可用：name、base、roles）", "unknown key (expected name, base, roles)"))
            }
        }
        guard let name else { throw ThemeError(file: file, line: root.mark?.line, key: "name", problem: Phrase("缺少", "missing")) }
        styles.merge(own) { _, new in new }
        return Theme(name: name, styles: styles)
    }

    private func roles(_ node: Node) throws -> [Role: Style] {
        guard let mapping = node.mapping else { throw fail(node, "roles", Phrase("应为“角色: 样式”的映射", "expected a mapping of role: style")) }
        var styles: [Role: Style] = [:]
        for (keyNode, value) in mapping {
            let text = try key(keyNode, path: "roles")
            guard let role = Role(rawValue: text) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw fail(keyNode, "roles.\(text)", Phrase("未知角色（可用：\(known)）", "unknown role (known: \(known))"))
            }
            styles[role] = try style(value, path: "roles.\(text)")
        }
        return styles
    }

    private func style(_ node: Node, path: String) throws -> Style {
        if node.null != nil { return Style() }
        guard let mapping = node.mapping else { throw fail(node, path, Phrase("应为映射，例如 { fg: red, bold: true }", "expected a mapping such as { fg: red, bold: true }")) }
        var style = Style()
        var fallbacks: [(key: String, node: Node, color: ANSIColor)] = []
        for (keyNode, value) in mapping {
            let name = try key(keyNode, path: path)
            let here = "\(path).\(name)"
            switch name {
            case "fg": style.fg = try color(value, path: here)
            case "bg": style.bg = try color(value, path: here)
            case "fg16", "bg16":
                guard let text = value.scalar?.string, let ansi = ANSIColor(name: text) else {
                    throw fail(value, here, Phrase("应为 16 种颜色名之一：\(Self.colorNames)", "expected one of the 16 colour names: \(Self.colorNames)"))
                }
                fallbacks.append((name, value, ansi))
            case "bold": style.bold = try flag(value, path: here)
            case "underline": style.underline = try flag(value, path: here)
            case "reverse": style.reverse = try flag(value, path: here)
            case "dim": style.dim = try flag(value, path: here)
            default:
                throw fail(keyNode, here, Phrase("未知的键（可用：fg、bg、fg16、bg16、bold、underline、reverse、dim）", "unknown key (expected fg, bg, fg16, bg16, bold, underline, reverse, dim)"))
            }
        }
        // fg16/bg16 replace the automatic fallback of an indexed fg/bg, so they need one.
        for fallback in fallbacks {
            let isFG = fallback.key == "fg16"
            guard case .index(let n, _)? = isFG ? style.fg : style.bg else {
                throw fail(fallback.node, "\(path).\(fallback.key)", Phrase("仅当 \(isFG ? "fg" : "bg") 为 0–255 的数字时适用", "applies only when \(isFG ? "fg" : "bg") is a number 0–255"))
            }
            if isFG { style.fg = .index(n, fallback: fallback.color) } else { style.bg = .index(n, fallback: fallback.color) }
        }
        return style
    }

    private func color(_ node: Node, path: String) throws -> ThemeColor {
        guard let text = node.scalar?.string else { throw fail(node, path, Phrase("应为颜色", "expected a colour")) }
        if let n = Int(text) {
            guard let index = UInt8(exactly: n) else { throw fail(node, path, Phrase("颜色编号 \(n) 超出 0–255 范围", "colour index \(n) is out of range 0–255")) }
            return .index(index)
        }
        guard let ansi = ANSIColor(name: text) else {
            throw fail(node, path, Phrase("未知颜色“\(text)”（可用：\(Self.colorNames)，或 0–255）", "unknown colour \"\(text)\" (expected \(Self.colorNames), or 0–255)"))
        }
        return .ansi(ansi)
    }

    private func flag(_ node: Node, path: String) throws -> Bool {
        guard let value = node.bool else { throw fail(node, path, Phrase("应为 true 或 false", "expected true or false")) }
        return value
    }

    private func key(_ node: Node, path: String?) throws -> String {
        guard let text = node.scalar?.string else { throw fail(node, path ?? "(top level)", Phrase("应为简单的键", "expected a plain key")) }
        return text
    }

    private func fail(_ node: Node, _ key: String, _ message: Phrase) -> ThemeError {
        ThemeError(file: file, line: node.mark?.line, key: key, problem: message)
    }

    private func malformed(_ error: YamlError) -> ThemeError {
        let line: Int?
        let problem: String
        switch error {
        case let .scanner(_, text, mark, _), let .parser(_, text, mark, _), let .composer(_, text, mark, _):
            (line, problem) = (mark.line, text)
        case let .duplicatedKeysInMapping(duplicates, context):
            (line, problem) = (context.mark.line, "duplicate key \(duplicates.joined(separator: ", "))")
        default:
            (line, problem) = (nil, String(describing: error))
        }
        return ThemeError(file: file, line: line, problem: Phrase("YAML 格式错误：\(problem)", "malformed YAML: \(problem)"))
    }

    private static let colorNames = ANSIColor.allCases.map(\.name).joined(separator: ", ")
}
