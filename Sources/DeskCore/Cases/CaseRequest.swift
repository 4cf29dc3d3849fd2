import Foundation

/// A request on a case that a supervisor (带班领导) approves or rejects: until approved it
/// changes nothing, so the case stays in the queue and in the figures as it was.
public enum CaseRequest: Sendable, Equatable {
    /// 退单: the case is not the street's; only for orders the hotline dispatched.
    case returnCase(CaseReturned)
    /// 延期: a later resolve-by, within the profile's limits.
    case extend(CaseExtended)

    public var label: Phrase {
        switch self {
        case .returnCase: Phrase("退单申请", "return request")
        case .extend: Phrase("延期申请", "extension request")
        }
    }

    public var reason: String {
        switch self {
        case .returnCase(let e): e.reason.isEmpty ? e.rule : e.rule + "；" + e.reason
        case .extend(let e): e.reason
        }
    }
}

/// One call-back (回访), as the fold keeps it.
public struct CallBack: Sendable, Equatable {
    public let solved: Bool
    public let satisfaction: Satisfaction
    public let note: String
    public let at: Date
}

/// Which call-back the rates count when a reopened case is called back again.
public enum CallbackRule: String, Codable, Sendable, CaseIterable {
    /// The first call-back decides (default): a reopen cannot improve a figure.
    case first
    /// The newest call-back decides.
    case latest
}
