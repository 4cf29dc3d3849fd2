import DeskCore
import Foundation

/// Reads and decodes the next batch of entries on a thread of its own while the caller folds the batch before:
/// replay's two halves — SQLite and payload decoding, then the fold — on two cores instead of one.
/// At most one batch waits, so memory stays at two batches whatever the journal's length.
///
/// `@unchecked Sendable`: every mutable property is read and written only with `condition` locked.
final class RecordedReadAhead: @unchecked Sendable {
    typealias Batch = (read: [Recorded], failure: (any Error)?)

    private let condition = NSCondition()
    /// A batch read and not yet taken.
    private var waiting: Batch?
    /// The thread has stopped: it read an empty batch, failed, or was cancelled.
    private var finished = false
    private var cancelled = false

    /// Starts reading the batches after `seq` with `read`, which returns the batch after a seq.
    init(after seq: Int64, read: @escaping @Sendable (Int64) -> Batch) {
        Thread.detachNewThread { [self] in run(after: seq, read: read) }
    }

    private func run(after seq: Int64, read: (Int64) -> Batch) {
        var after = seq
        while true {
            let batch = read(after)
            let last = batch.failure == nil ? batch.read.last?.seq : nil
            condition.lock()
            while waiting != nil && !cancelled { condition.wait() }
            if !cancelled { waiting = batch }
            finished = cancelled || last == nil
            let done = finished
            condition.broadcast()
            condition.unlock()
            guard !done, let last else { return }
            after = last
        }
    }

    /// The next batch in order, waiting for it to be read; nil after the batch that ended the reading.
    func next() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting == nil && !finished { condition.wait() }
        let batch = waiting
        waiting = nil
        condition.broadcast()
        return batch
    }

    /// Stops reading ahead and waits for the thread to let go of the journal.
    func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
