/// The screen's areas, computed once from the terminal's size: the header, the board tabs, the
/// body every board and overlay draws into, and the status line. Paging reads the same numbers
/// the boards draw with.
public struct ScreenLayout: Equatable, Sendable {
    /// Below this the desk asks for a larger terminal.
    public static let minimum = (width: 60, height: 16)

    public let width: Int
    public let height: Int

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    public var fits: Bool { width >= Self.minimum.width && height >= Self.minimum.height }

    public var header: Rect { Rect(x: 0, y: 0, width: width, height: 1) }
    public var tabs: Rect { Rect(x: 0, y: 1, width: width, height: 1) }
    public var body: Rect { Rect(x: 0, y: 2, width: width, height: max(0, height - 3)) }
    public var status: Rect { Rect(x: 0, y: height - 1, width: width, height: 1) }

    /// The rows of a board's list: the body less its column heads and its footer. A page is this many.
    public var listRows: Int { max(1, body.height - 2) }
}
