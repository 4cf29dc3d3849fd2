import DeskUI
import Foundation

/// A PIN or passphrase: from `STREETDESK_PIN`, else asked for at the terminal without echo.
enum SecretPrompt {
    static let variable = "STREETDESK_PIN"

    /// The secret given for `name`; nil when there is neither the variable nor a terminal to ask at.
    static func secret(asking question: String) -> String? {
        if let given = Paths.environment[variable] { return given }
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        return read(asking: question)
    }

    /// Asks on standard error and reads one line from the terminal with echo off.
    static func read(asking question: String) -> String? {
        FileHandle.standardError.write(Data(Sanitize.forTerminal(question).utf8))
        var saved = termios()
        let hasTerminal = tcgetattr(STDIN_FILENO, &saved) == 0
        if hasTerminal {
            var quiet = saved
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet)
        }
        defer {
            if hasTerminal { tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved) }
            FileHandle.standardError.write(Data("\n".utf8))
        }
        return readLine(strippingNewline: true)
    }
}
