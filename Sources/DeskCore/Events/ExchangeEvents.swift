import Foundation

/// A 12345 work order as last applied to its case (`case.order`): written with the intake it
/// creates, and again whenever the centre's order changes (a new deadline, an urge, a send-back),
/// so that taking the same order in twice changes nothing.
public struct OrderApplied: Codable, Sendable, Equatable {
    public var id: CaseID
    /// The centre's order number (工单编号).
    public var order: String
    public var receivedAt: Date
    public var dispatchedAt: Date
    /// The centre's clocks, which the case keeps instead of the street's own table.
    public var respondBy: Date
    public var resolveBy: Date
    /// How many times the centre has urged (督办) and sent back (退回重办) the order.
    public var urged: Int
    public var sentBack: Int
    /// Whether the category text or the address could not be mapped (flagged for triage).
    public var categoryUnmapped: Bool
    public var addressUnmapped: Bool

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case order = "order"
        case receivedAt = "receivedAt"
        case dispatchedAt = "dispatchedAt"
        case respondBy = "respondBy"
        case resolveBy = "resolveBy"
        case urged = "urged"
        case sentBack = "sentBack"
        case categoryUnmapped = "categoryUnmapped"
        case addressUnmapped = "addressUnmapped"
    }

    /// Taken in with a guess the operator must check.
    public var flagged: Bool { categoryUnmapped || addressUnmapped }
}

/// The hotline centre's own call-back (`case.evaluated`): the result the street is ranked on,
/// kept beside the street's own call-backs (docs/exchange.md).
public struct CaseEvaluated: Codable, Sendable, Equatable {
    public var id: CaseID
    public var responded: Bool
    public var solved: Bool
    public var satisfaction: Satisfaction

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case responded = "responded"
        case solved = "solved"
        case satisfaction = "satisfaction"
    }
}
