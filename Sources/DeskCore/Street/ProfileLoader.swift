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
                throw ProfileError(file: file, location: yaml.location, problem: "malformed YAML: \(yaml.summary)")
            }
            throw ProfileError(file: file, location: error.keyPath, problem: error.problem)
        } catch let error as YamlError {
            throw ProfileError(file: file, location: error.location, problem: "malformed YAML: \(error.summary)")
        } catch {
            throw ProfileError(file: file, location: "-", problem: "\(error)")
        }
        if let unknown = ProfileKeys.unknown(in: yaml) {
            throw ProfileError(file: file, location: "line \(unknown.line) (\(unknown.path))",
                               problem: "unknown key '\(unknown.key)'; known here: \(unknown.known.joined(separator: ", "))")
        }
        try profile.validate(file: file)
        return profile
    }
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

    fileprivate var problem: String {
        switch self {
        case .keyNotFound: "required key is missing"
        case .typeMismatch(let type, _): "expected \(ProfilePath.typeName(type))"
        case .valueNotFound(let type, _): "expected \(ProfilePath.typeName(type)), found nothing"
        case .dataCorrupted(let context): context.debugDescription
        @unknown default: "unreadable value"
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

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type: "a whole number"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".hasPrefix("Array") ? "a list" : "a mapping"
        }
    }
}
