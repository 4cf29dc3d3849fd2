import CNcursesw
import Glibc
import Synchronization

/// Signals during a curses session. Quit signals become a request that the loop polls,
/// so the thread that owns curses restores the terminal. Crash signals restore the
/// terminal on the spot, then pass on to whoever handled them before (Swift's
/// backtracer), so its report lands on a usable screen instead of the alternate one.
enum Signals {
    /// The quit signal received, 0 while none has been.
    static let quitRequest = Atomic<Int32>(0)
    /// Ctrl-C presses (SIGINT) not yet handed to the program: the desk answers them as a key.
    static let interrupts = Atomic<Int32>(0)

    private static let quitSignals = [SIGTERM, SIGHUP, SIGQUIT]
    private static let crashSignals = [SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGTRAP, SIGABRT]

    /// The handlers in place before `install`, by signal number. Written only while no
    /// handler of ours is installed.
    nonisolated(unsafe) private static var previous = (0..<65).map { _ in sigaction() }

    /// Call before curses starts: ncurses then leaves these signals to us.
    static func install() {
        quitRequest.store(0, ordering: .relaxed)
        interrupts.store(0, ordering: .relaxed)
        unblock(quitSignals + [SIGINT, SIGWINCH])
        for signal in quitSignals {
            set(signal) { Signals.quitRequest.store($0, ordering: .relaxed) }
        }
        set(SIGINT) { _ in _ = Signals.interrupts.add(1, ordering: .relaxed) }
        for signal in crashSignals {
            set(signal) { signal in
                endwin()
                var old = Signals.previous[Int(signal)]
                sigaction(signal, &old, nil)
                raise(signal)
            }
        }
    }

    /// A parent may start us with signals blocked (the mask is inherited across exec); then a
    /// resize or a SIGTERM would never arrive.
    private static func unblock(_ signals: [Int32]) {
        var set = sigset_t()
        sigemptyset(&set)
        for signal in signals { sigaddset(&set, signal) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
    }

    /// The Ctrl-C presses since the last call.
    static func takeInterrupts() -> Int32 { interrupts.exchange(0, ordering: .relaxed) }

    static func restore() {
        for signal in quitSignals + [SIGINT] + crashSignals {
            var old = previous[Int(signal)]
            sigaction(signal, &old, nil)
        }
    }

    private static func set(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = handler
        sigemptyset(&action.sa_mask)
        sigaction(signal, &action, &previous[Int(signal)])
    }
}
