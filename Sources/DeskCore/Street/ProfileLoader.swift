import Foundation
import Yams

extension StreetProfile {
    /// Decodes and validates a profile from YAML text. `file` names the source in errors.
    public static func parse(yaml: String, file: String) throws(ProfileError) -> StreetProfile {
        let profile: StreetProfile
        do {
            profile = try YAMLDecoder().decode(StreetProfile.self, from: yaml)
        } catch let error as DecodingError {
            if let yaml = error.underlyingYamlError {
                throw ProfileError(file: file, location: yaml.location, problem: Self.malformed(yaml.summary))
            }
            throw ProfileError(file: file, location: error.keyPath, problem: error.problem)
        } catch let error as YamlError {
            throw ProfileError(file: file, location: error.location, problem: Self.malformed(error.summary))
        } catch {
            throw ProfileError(file: file, location: "-", problem: Phrase("无法读取：\(error)", "\(error)"))
        }
        if let unknown = ProfileKeys.unknown(in: yaml) {
            throw ProfileError(file: file, location: "line \(unknown.line) (\(unknown.path))",
                               problem: Phrase("未知的键“\(unknown.key)”；此处可用：\(unknown.known.joined(separator: ", "))",
                                               "unknown key '\(unknown.key)'; known here: \(unknown.known.joined(separator: ", "))"))
        }
        try profile.validate(file: file)
        return profile
    }

    /// The YAML parser's own words stay as it wrote them.
    private static func malformed(_ summary: String) -> Phrase { Phrase("YAML 格式错误：\(summary)", "malformed YAML: \(summary)") }
}

extension DecodingError {
    /// Yams reports a syntax error as corrupted data wrapping the parser's error.
    fileprivate var underlyingYamlError: YamlError? {
        if case .dataCorrupted(let context) = self { return context.underlyingError as? YamlError }
        return nil
    }

    fileprivate var keyPath: String {
        let path: [CodingKey]
        switch self {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        return ProfilePath.render(path)
    }

    fileprivate var problem: Phrase {
        switch self {
        case .keyNotFound: Phrase("缺少必填的键", "required key is missing")
        case .typeMismatch(let type, _):
            Phrase("应为\(ProfilePath.typeName(type).zh)", "expected \(ProfilePath.typeName(type).en)")
        case .valueNotFound(let type, _):
            Phrase("应为\(ProfilePath.typeName(type).zh)，却是空的", "expected \(ProfilePath.typeName(type).en), found nothing")
        // A value's own check (a grid code, a time span) says what it expected.
        case .dataCorrupted(let context): Phrase("值无效：\(context.debugDescription)", context.debugDescription)
        @unknown default: Phrase("无法读取的值", "unreadable value")
        }
    }
}

extension YamlError {
    fileprivate var location: String {
        if case .scanner(_, _, let mark, _) = self { return "line \(mark.line)" }
        if case .parser(_, _, let mark, _) = self { return "line \(mark.line)" }
        return "-"
    }

    fileprivate var summary: String {
        switch self {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _): problem
        default: "\(self)"
        }
    }
}

/// Renders coding paths the way the YAML reads: `grids[3].worker.name`.
enum ProfilePath {
    static func render(_ path: [CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text.isEmpty ? "(top level)" : text
    }

    static func typeName(_ type: Any.Type) -> Phrase {
        switch type {
        case is String.Type: Phrase("文字", "text")
        case is Int.Type: Phrase("整数", "a whole number")
        case is Double.Type: Phrase("数字", "a number")
        case is Bool.Type: Phrase("true 或 false", "true or false")
        default: "\(type)".hasPrefix("Array") ? Phrase("列表", "a list") : Phrase("键值映射", "a mapping")
        }
    }
}
