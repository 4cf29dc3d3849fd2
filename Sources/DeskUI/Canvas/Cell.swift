/// One terminal cell. A wide character sits in two cells: its text in the left one, and a
/// continuation cell (empty text, same role) on the right.
public struct Cell: Equatable, Sendable {
    /// One grapheme, or "" in a continuation cell.
    public var text: String
    public var role: Role
    public var isContinuation: Bool

    public init(text: String, role: Role, isContinuation: Bool = false) {
        self.text = text
        self.role = role
        self.isContinuation = isContinuation
    }

    public static func blank(_ role: Role) -> Cell {
        Cell(text: " ", role: role)
    }
}
