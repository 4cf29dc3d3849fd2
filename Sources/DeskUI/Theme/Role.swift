/// What a piece of text means on screen. Views say which role they draw in; a theme says
/// how each role looks, so a view never names a colour.
/// The raw values are the keys of a theme file's `roles:` mapping.
public enum Role: String, CaseIterable, Sendable {
    /// Body text and the screen's background; roles inherit the colours they leave unset from it.
    case normal
    /// Secondary text: timestamps, hints, closed items.
    case muted
    /// Borders and separators.
    case frame
    /// A board's or dialog's title.
    case title
    /// Column headings.
    case header
    case tabActive
    case tabInactive
    /// The focused field or pane.
    case focus
    /// The selected row.
    case selection
    /// The text caret of an input field (the terminal's own cursor stays hidden).
    case cursor
    /// Past a deadline.
    case overdue
    /// Close to a deadline.
    case dueSoon
    case ok
    case warning
    case error
    /// Emergencies: urgent cases, emergency whistles.
    case urgent
    /// Highlighted figures and links.
    case accent
    /// Key names in hints and help ("q", "Enter").
    case key
    /// Editable text fields.
    case input
    /// The part of a row that matches the `/` filter.
    case match
    /// Dialogs, the command palette and other panes drawn over a board.
    case popup
    case statusBar
    case statusError
}
