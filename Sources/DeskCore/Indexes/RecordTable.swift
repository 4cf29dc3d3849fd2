/// Records by id, stored densely in the order added with a small index beside them: a
/// dictionary of 450-byte cases would keep up to twice its count in empty buckets of that size
/// (a street's hundred thousand cases), where here only the index is sparse. The records lie in
/// chunks of a fixed size, so adding one never moves the others: one array of them all would be
/// copied whole each time it grew (56 MB at a million entries, a frame's time and twice the memory
/// while it lasts).
public struct RecordTable<Key: Hashable & Sendable, Record: Sendable & Equatable>: Sendable, Equatable {
    private var slots: [Key: Int] = [:]
    private var chunks: [[Record]] = []
    private var keyOf: [Key] = []
    /// Records a chunk holds: 4,096 (a power of two, so a slot splits by shift and mask).
    private static var chunkShift: Int { 12 }
    private static var chunkSize: Int { 1 << chunkShift }

    public init() {}

    public var count: Int { keyOf.count }
    public var isEmpty: Bool { keyOf.isEmpty }
    /// In the order added.
    public var keys: [Key] { keyOf }
    /// In the order added (a copy of them all: for tests and bulk work, not a frame).
    public var values: [Record] { chunks.flatMap { $0 } }

    public subscript(key: Key) -> Record? {
        get { slots[key].map { chunks[$0 >> Self.chunkShift][$0 & (Self.chunkSize - 1)] } }
        set {
            guard let newValue else { preconditionFailure("records are never removed") }
            if let slot = slots[key] {
                chunks[slot >> Self.chunkShift][slot & (Self.chunkSize - 1)] = newValue
            } else {
                if chunks.last.map({ $0.count == Self.chunkSize }) ?? true {
                    chunks.append([])
                    chunks[chunks.count - 1].reserveCapacity(Self.chunkSize)
                }
                slots[key] = keyOf.count
                chunks[chunks.count - 1].append(newValue)
                keyOf.append(key)
            }
        }
    }

    /// Reads a record where it lies.
    func read<T>(_ key: Key, _ body: (borrowing Record) -> T) -> T? {
        guard let slot = slots[key] else { return nil }
        return body(chunks[slot >> Self.chunkShift][slot & (Self.chunkSize - 1)])
    }

    /// The records where they lie, chunk by chunk in the order added: a field read through the
    /// buffer copies no record (a copy of a case retains each of its fields).
    func forEachChunk(_ body: (UnsafeBufferPointer<Record>) throws -> Void) rethrows {
        for chunk in chunks { try chunk.withUnsafeBufferPointer(body) }
    }

    /// Changes a record in place (no copy of it or of the table); false when there is none.
    @discardableResult
    mutating func modify(_ key: Key, _ change: (inout Record) -> Void) -> Bool {
        guard let slot = slots[key] else { return false }
        change(&chunks[slot >> Self.chunkShift][slot & (Self.chunkSize - 1)])
        return true
    }

    public mutating func reserveCapacity(_ count: Int) {
        slots.reserveCapacity(count)
        keyOf.reserveCapacity(count)
        chunks.reserveCapacity(count / Self.chunkSize + 1)
    }

    /// Equal when they hold the same records under the same keys, in whatever order.
    public static func == (a: RecordTable, b: RecordTable) -> Bool {
        a.count == b.count && a.slots.allSatisfy { key, slot in b[key] == a.chunks[slot >> chunkShift][slot & (chunkSize - 1)] }
    }
}
