/// A key press as the UI sees it, independent of how the terminal encoded it.
public enum Key: Hashable, Sendable {
    /// A printable character, including Chinese from an input method.
    case char(Character)
    case up, down, left, right
    case enter, escape, tab, backTab, backspace, delete
    case home, end, pageUp, pageDown
    /// F1–F12 as `.function(1)`…`.function(12)`.
    case function(Int)
    /// A control chord, as its lowercase letter: Ctrl-A is `.ctrl("a")`. Ctrl-I, Ctrl-M,
    /// Ctrl-H and Ctrl-[ arrive as `.tab`, `.enter`, `.backspace` and `.escape`, since
    /// terminals send the same bytes for both.
    case ctrl(Character)
    /// The terminal changed size; the next render gets the new size.
    case resize
    /// Text pasted into the terminal (bracketed paste), or a burst of typing taken as text:
    /// it goes into the focused field and is never read as commands.
    case paste(String)
    /// A mouse button or wheel at a cell of the screen (column, row from the top left).
    case mouse(x: Int, y: Int, Mouse)

    public enum Mouse: Hashable, Sendable { case click, wheelUp, wheelDown }
}
