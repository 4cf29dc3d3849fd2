import DeskUI
import Foundation

/// Everything the command line writes goes through here, made safe by the desk's own sanitizer:
/// text from the journal, a profile or the command line can hold escape sequences, C1 controls
/// and bidi overrides that would rewrite the reader's terminal.
enum Output {
    /// Text for people: its line breaks and tabs stay, every other control is made visible.
    static func say(_ text: String) { print(Sanitize.forTerminal(text)) }

    /// JSON for tools: every control, bidi and zero-width character inside it becomes a `\u` escape.
    static func json(_ text: String) { print(Sanitize.json(text)) }

    /// CSV for a spreadsheet: UTF-8 behind a byte-order mark, which is how Excel and WPS know to
    /// read the Chinese as UTF-8 rather than the system's code page (LibreOffice and tools that
    /// read UTF-8 anyway skip it); the fields are made safe like any text.
    static func csv(_ text: String) { print("\u{FEFF}" + Sanitize.forTerminal(text)) }

    /// A refusal or failure, on standard error.
    static func complain(_ text: String) { error("streetdesk: " + text) }

    /// Standard error, as it is.
    static func error(_ text: String) {
        FileHandle.standardError.write(Data((Sanitize.forTerminal(text) + "\n").utf8))
    }
}
