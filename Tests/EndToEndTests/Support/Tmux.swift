import Foundation
import Synchronization

/// A real terminal: a private tmux server running one command, driven by send-keys and read
/// by capture-pane. Waits poll for expected text; nothing sleeps a fixed time.
final class Tmux {
    let socket = "sd-e2e-" + UUID().uuidString.prefix(8)

    struct Timeout: Error, CustomStringConvertible {
        let waitingFor: String
        let screen: String
        var description: String { "timed out waiting for \(waitingFor); the screen was:\n\(screen)" }
    }

    init(_ command: String, width: Int = 80, height: Int = 24) throws {
        Self.started.withLock { $0.append(socket) }
        // The server this starts inherits the client's output: give it nothing to hold open.
        // The demo street's officers sign on with the demo PIN (README), wherever a test names them.
        try tmux(["-f", "/dev/null", "new-session", "-d", "-e", "STREETDESK_PIN=\(Binary.demoSecret)", "-x", "\(width)", "-y", "\(height)", command],
                 capture: false)
        try tmux(["set-option", "-g", "escape-time", "0"])
    }

    deinit { Self.stop(socket) }

    /// Kills what runs in the panes, then the server. The pane's whole process group goes: a
    /// server started by a test process inherits its blocked signals, so a polite hang-up may
    /// never land and `kill-server` alone can leave the desk running.
    private static func stop(_ socket: String) {
        let panes = (try? shell("/usr/bin/env", ["tmux", "-L", socket, "list-panes", "-a", "-F", "#{pane_pid}"])) ?? ""
        for pid in panes.split(separator: "\n").compactMap({ pid_t($0) }) where pid > 1 {
            kill(-pid, SIGKILL)
            kill(pid, SIGKILL)
        }
        _ = try? shell("/usr/bin/env", ["tmux", "-L", socket, "kill-server"])
        // A server that goes when its last pane dies leaves its socket file behind.
        let folder = (ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp") + "/tmux-\(getuid())"
        try? FileManager.default.removeItem(atPath: folder + "/" + socket)
    }

    /// Every server this test process started: stopped again at exit, so that none outlives the
    /// suite (and its desk with it) whatever became of the test that started it.
    private static let started: Mutex<[String]> = {
        atexit { for socket in Tmux.started.withLock({ $0 }) { Tmux.stop(socket) } }
        return Mutex([])
    }()

    @discardableResult
    func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
        let command = ["tmux", "-L", socket] + arguments
        guard capture else {
            // A server started here would inherit Foundation's private exit-watch descriptor and
            // keep `waitUntilExit` waiting forever: close every descriptor above stderr first.
            let quoted = command.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
            return try shell("/bin/bash", ["-c", "for fd in /proc/$$/fd/*; do n=${fd##*/}; [ $n -gt 2 ] && eval \"exec $n>&-\" 2>/dev/null; done; exec "
                                           + quoted.joined(separator: " ") + " >/dev/null 2>&1"])
        }
        return try shell("/usr/bin/env", command)
    }

    /// Named keys as tmux knows them: `Enter`, `Escape`, `C-s`, `Down` …
    func keys(_ names: String...) throws { try tmux(["send-keys"] + names) }

    /// Text typed literally, Chinese included (as an input method delivers it).
    func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }

    /// Types `text` into the focused field, waits until the desk shows it there, then presses
    /// Enter, as an officer does. Keys arriving together are one burst, which a form takes as
    /// pasted text (Enter included), so a script must not send the text and Enter at once.
    func enter(_ text: String) throws {
        let before = try screen()
        try type(text)
        // The end of what was typed is beside the caret even when a long line has scrolled.
        try waitUntil("'\(text)' typed") { $0 != before && $0.contains(String(text.suffix(6))) }
        try keys("Enter")
    }

    /// Types a PIN at the sign-on, waits until its dots show (never its digits), then presses Enter.
    func enterSecret(_ secret: String) throws {
        try type(secret)
        let dots = "> " + String(repeating: "•", count: secret.count)
        let screen = try waitUntil("the PIN's dots") { $0.contains(dots) && !$0.contains(dots + "•") }
        // The field shows dots, never the digits (the demo street's hint below it says its PIN anyway).
        guard !screen.contains("> " + secret) else { throw Timeout(waitingFor: "the PIN hidden", screen: screen) }
        try keys("Enter")
    }

    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `text` appears; returns the screen.
    @discardableResult
    func waitFor(_ text: String, seconds: Double = 30) throws -> String {
        try waitUntil(text, seconds: seconds) { $0.contains(text) }
    }

    @discardableResult
    func waitUntil(_ what: String, seconds: Double = 10, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < deadline {
            last = try screen()
            if done(last) { return last }
            usleep(50_000)
        }
        throw Timeout(waitingFor: what, screen: last)
    }
}
