/// What the terminal driver runs. Every call comes from the driver's one thread, in
/// turn: render, then a key or a tick, then render again when needed.
public protocol TerminalProgram: AnyObject {
    /// Read before each frame; a changed theme repaints the whole screen.
    var theme: Theme { get }

    /// The terminal's size, before the first frame and whenever it changes.
    func resize(width: Int, height: Int)

    /// The whole screen, `width` × `height` cells. Reads the program's state, never changes it.
    func render(width: Int, height: Int) -> Canvas

    /// Handles a key; returns false to quit.
    func handle(_ key: Key) -> Bool

    /// Handles every key that was already waiting, before the next frame; returns false to quit.
    func handle(burst keys: [Key]) -> Bool

    /// Called about every 250 ms, keys or not, for clocks and other programs' journal
    /// entries; returns true when the screen needs redrawing.
    func tick() -> Bool

    /// True when the program is done without a key asking (a training run's time is up and it
    /// has no debrief to show).
    var isFinished: Bool { get }
}

extension TerminalProgram {
    public func handle(burst keys: [Key]) -> Bool { keys.allSatisfy { handle($0) } }
}
