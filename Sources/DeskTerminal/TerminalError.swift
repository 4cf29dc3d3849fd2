public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal (a pipe, a file, CI).
    case notATerminal
    /// curses does not know the terminal type in TERM.
    case cannotStart(term: String)

    public var description: String {
        switch self {
        case .notATerminal: "standard input and output must be a terminal"
        case .cannotStart(let term): "cannot start the terminal of type \"\(term)\" (check TERM)"
        }
    }
}
