import DeskCore
import Foundation
import Synchronization

/// The settled cases of a checkpoint, read on a second thread with a connection of its own
/// while the desk draws its first frames from the rest (`Journal.loadHotCheckpoint`).
final class SettledCases: Sendable {
    private let finished = DispatchSemaphore(value: 0)
    private let outcome = Mutex<Result<RecordTable<CaseID, Case>, any Error>?>(nil)

    /// `total`: every case of the checkpoint, so that the table read has room for them all.
    init(_ stamp: Journal.CheckpointStamp, path: String, timeZone: TimeZone, total: Int) {
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let read = Result { try Journal.open(at: path, timeZone: timeZone).settledCases(of: stamp, room: total) }
            outcome.withLock { $0 = read }
            finished.signal()
        }
    }

    /// Whether they have been read (or failed to be): taking them now will not wait.
    var isReady: Bool { outcome.withLock { $0 != nil } }

    /// Waits for them and hands them over (once: nothing here keeps a second reference, so
    /// adopting them copies nothing); throws what reading them threw.
    func take() throws -> RecordTable<CaseID, Case> {
        finished.wait()
        return try outcome.withLock { outcome in
            defer { outcome = .success(RecordTable()) }
            return outcome!
        }.get()
    }
}
