import Foundation

/// An event as the journal recorded it: who did it, when, from which console.
public struct Recorded: Sendable, Equatable {
    public let seq: Int64
    public let at: Date
    public let operatorName: String
    public let console: String
    public let event: DeskEvent

    public init(seq: Int64, at: Date, operatorName: String, console: String, event: DeskEvent) {
        self.seq = seq
        self.at = at
        self.operatorName = operatorName
        self.console = console
        self.event = event
    }
}

extension Sequence<PendingEntry> {
    /// The entries as a journal would record them, numbered from `seq` (the demo history
    /// folded without a journal, as tests and the generator do).
    public func recorded(from seq: Int64 = 1) -> [Recorded] {
        enumerated().map { n, e in
            Recorded(seq: seq + Int64(n), at: e.at, operatorName: e.operatorName, console: e.console, event: e.event)
        }
    }
}

/// An event decided but not yet written: the journal gives it its seq and hash.
public struct PendingEntry: Sendable, Equatable {
    public let at: Date
    public let operatorName: String
    public let console: String
    public let event: DeskEvent

    public init(at: Date, operatorName: String, console: String, event: DeskEvent) {
        self.at = at
        self.operatorName = operatorName
        self.console = console
        self.event = event
    }
}
