import CNcursesw
import DeskUI
import Glibc

/// The curses driver: runs a `TerminalProgram` on the calling thread, which makes every
/// curses call, until the program quits or a quit signal arrives.
public enum Terminal {
    public enum Exit: Equatable, Sendable {
        /// The program's `handle` returned false.
        case quit
        /// SIGTERM, SIGHUP or SIGQUIT arrived; conventionally exit with 128 + signal.
        case signal(Int32)
    }

    /// The longest a key read waits before the loop checks signals and ticks.
    static let pollMilliseconds: Int32 = 250

    /// Runs `program` full-screen and restores the terminal on every way out.
    /// - Parameter noColor: attributes only, as when `NO_COLOR` is set; the `mono` theme
    ///   stands in for the program's.
    @discardableResult
    public static func run(_ program: TerminalProgram, noColor: Bool = false) throws -> Exit {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        TerminalLocale.setUp()
        Signals.install()
        defer { Signals.restore() }
        guard let screen = newterm(nil, shim_stdout(), shim_stdin()) else {
            throw TerminalError.cannotStart(term: getenv("TERM").map { String(cString: $0) } ?? "")
        }
        defer {
            endwin()
            delscreen(screen)
        }
        cbreak()  // keeps ISIG: Ctrl-C arrives as SIGINT, which Signals hands to the program as a key
        disableFlowControl()
        noecho()
        nonl()
        keypad(shim_stdscr(), true)
        // Clicks and the wheel; the keyboard stays complete without them.
        mousemask(shim_mouse_mask(), nil)
        mouseinterval(0)
        set_escdelay(25)
        curs_set(0)
        wtimeout(shim_stdscr(), pollMilliseconds)
        bracketedPaste(true)
        defer { bracketedPaste(false) }
        var session = Session(program: program, depth: startColors(noColor: noColor))
        return session.run()
    }

    /// Asks the terminal to mark pasted text, so a paste is text for a field, never keys.
    private static func bracketedPaste(_ on: Bool) {
        let sequence = Array((on ? "\u{1B}[?2004h" : "\u{1B}[?2004l").utf8)
        _ = sequence.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    /// Without this the tty driver takes Ctrl-S (XOFF) and freezes the screen; forms submit with it.
    private static func disableFlowControl() {
        var modes = termios()
        guard tcgetattr(STDIN_FILENO, &modes) == 0 else { return }
        modes.c_iflag &= ~tcflag_t(IXON)
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        def_prog_mode()  // ncurses restores this program mode, not its older copy
    }

    /// Starts colour when the terminal has it and neither `noColor` nor `NO_COLOR` says no.
    private static func startColors(noColor: Bool) -> (ColorDepth, defaultColors: Bool) {
        let noColorEnv = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        guard !noColor, !noColorEnv, has_colors() else { return (.none, false) }
        start_color()
        let defaultColors = use_default_colors() == OK
        return (ColorDepth(colors: Int(shim_colors())), defaultColors)
    }
}

/// One run's loop state: what is on screen and when the program last ticked.
private struct Session {
    let program: TerminalProgram
    let depth: ColorDepth
    let defaultColors: Bool
    /// Stands in for the program's theme when colours are off, so roles told apart only by
    /// colour (selection, overdue) stay visible.
    let mono: Theme?
    var painter = Painter()
    var input = InputReader()
    var palette: (theme: Theme, colors: ColorPairs)?
    /// The size last reported to the program.
    var lastSize = (width: 0, height: 0)

    init(program: TerminalProgram, depth: (ColorDepth, defaultColors: Bool)) {
        self.program = program
        self.depth = depth.0
        defaultColors = depth.defaultColors
        mono = depth.0 == .none ? try? Theme.load(name: "mono") : nil
    }

    mutating func run() -> Terminal.Exit {
        let clock = ContinuousClock()
        var lastTick = clock.now
        var dirty = true
        while true {
            let signal = Signals.quitRequest.load(ordering: .relaxed)
            if signal != 0 { return .signal(signal) }
            if dirty {
                draw()
                dirty = false
            }
            var keys = input.read(shim_stdscr(), timeout: Terminal.pollMilliseconds)
            // Ctrl-C is the program's to answer (cancel a form, ask before quitting).
            for _ in 0..<Signals.takeInterrupts() { keys.append(.ctrl("c")) }
            if keys.contains(where: { TerminalKeys.repaint.matches($0) }) {
                // The classic "repaint everything", for when something else wrote to the tty.
                repaintAll()
                dirty = true
                keys.removeAll { TerminalKeys.repaint.matches($0) }
            }
            if !keys.isEmpty {
                if keys.contains(.resize) { repaintAll() }
                guard program.handle(burst: keys) else { return .quit }
                dirty = true
            }
            if clock.now - lastTick >= .milliseconds(Int(Terminal.pollMilliseconds)) {
                lastTick = clock.now
                if program.tick() { dirty = true }
                if program.isFinished { return .quit }
            }
        }
    }

    private mutating func draw() {
        let theme = mono ?? program.theme
        if palette?.theme != theme {
            palette = (theme, ColorPairs(theme: theme, depth: depth, defaultColors: defaultColors))
            painter.invalidate()
        }
        let screen = shim_stdscr()
        let size = (width: Int(getmaxx(screen)), height: Int(getmaxy(screen)))
        if size != lastSize {
            program.resize(width: size.width, height: size.height)
            lastSize = size
        }
        let canvas = program.render(width: size.width, height: size.height)
        painter.paint(canvas, palette: palette!.colors)
        wrefresh(screen)
    }

    private mutating func repaintAll() {
        painter.invalidate()
        clearok(shim_stdscr(), true)
    }
}
