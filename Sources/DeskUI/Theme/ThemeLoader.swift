import DeskCore
import DeskThemes
import Foundation

extension Theme {
    /// The themes shipped inside the binary; `dark` is the default.
    public static let builtinNames = BuiltinThemes.names
    public static let defaultName = "dark"

    /// A built-in theme by name.
    public static func load(name: String) throws -> Theme {
        guard let text = BuiltinThemes.text(named: name) else {
            throw ThemeError(
                file: "\(name).yaml",
                problem: Phrase("没有名为“\(name)”的内置主题（内置：\(builtinNames.joined(separator: ", "))）",
                               "no built-in theme \"\(name)\" (built-in: \(builtinNames.joined(separator: ", ")))"))
        }
        return try parse(text, file: "\(name).yaml (built-in)")
    }

    /// A theme file.
    public static func load(path: String) throws -> Theme {
        // Reading a pipe or a device would wait forever.
        var status = stat()
        if stat(path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            throw ThemeError(file: path, problem: Phrase("不是普通文件", "it is not a regular file"))
        }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ThemeError(file: path, problem: Phrase("无法读取文件：\(error.localizedDescription)", "cannot read the file: \(error.localizedDescription)"))
        }
        return try parse(text, file: path)
    }

    /// A theme from YAML text; `file` names it in errors.
    public static func parse(_ yaml: String, file: String) throws -> Theme {
        try ThemeParser(file: file).parse(yaml)
    }
}
