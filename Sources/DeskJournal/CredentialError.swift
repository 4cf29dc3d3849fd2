import DeskCore

/// Why an officer could not be verified, or the staff file could not be read or written.
public enum CredentialError: Error, Equatable, CustomStringConvertible {
    /// The staff file has no credential for this officer.
    case noCredential(String)
    /// The PIN or passphrase given is not this officer's.
    case wrong(String)
    /// A credential is needed and none was given (no `STREETDESK_PIN`, no terminal to ask at).
    case notGiven(String)
    /// A new credential shorter or longer than allowed.
    case badLength(shortest: Int, longest: Int)
    /// Setting another officer's credential is a supervisor's.
    case notAllowed(String)
    case cannotRead(path: String, detail: String)
    case cannotWrite(path: String, detail: String)

    public var description: String { message(.en) }

    public func message(_ language: Language) -> String { phrase(language) }

    public var phrase: Phrase {
        switch self {
        case .noCredential(let name):
            Phrase("“\(name)”还没有签到密码；请带班领导用 streetdesk staff set-pin \(name) 设置",
                   "'\(name)' has no credential yet; a supervisor sets one with streetdesk staff set-pin \(name)")
        case .wrong(let name): Phrase("“\(name)”的密码不对", "that is not \(name)'s PIN or passphrase")
        case .notGiven(let name):
            Phrase("“\(name)”需要签到密码：请设置 STREETDESK_PIN，或在终端里运行以便输入",
                   "'\(name)' must give a PIN or passphrase: set STREETDESK_PIN, or run it at a terminal to be asked")
        case .badLength(let shortest, let longest):
            Phrase("密码须为 \(shortest)–\(longest) 个字符", "a PIN or passphrase is \(shortest) to \(longest) characters")
        case .notAllowed(let name):
            Phrase("只有带班领导或“\(name)”本人可以设置其密码", "only a supervisor or \(name) may set \(name)'s PIN or passphrase")
        case .cannotRead(let path, let detail): Phrase("无法读取人员密码文件 \(path)：\(detail)", "cannot read the staff file \(path): \(detail)")
        case .cannotWrite(let path, let detail): Phrase("无法写入人员密码文件 \(path)：\(detail)", "cannot write the staff file \(path): \(detail)")
        }
    }
}
