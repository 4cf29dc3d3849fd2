/// Records by id, stored densely in the order added with a small index beside them: a
/// dictionary of 450-byte cases would keep up to twice its count in empty buckets of that size
/// (a street's hundred thousand cases), where here only the index is sparse.
public struct RecordTable<Key: Hashable & Sendable, Record: Sendable & Equatable>: Sendable, Equatable {
    private var slots: [Key: Int] = [:]
    private var records: [Record] = []
    private var keyOf: [Key] = []

    public init() {}

    public var count: Int { records.count }
    public var isEmpty: Bool { records.isEmpty }
    /// In the order added.
    public var keys: [Key] { keyOf }
    /// In the order added.
    public var values: [Record] { records }

    public subscript(key: Key) -> Record? {
        get { slots[key].map { records[$0] } }
        set {
            guard let newValue else { preconditionFailure("records are never removed") }
            if let slot = slots[key] {
                records[slot] = newValue
            } else {
                slots[key] = records.count
                records.append(newValue)
                keyOf.append(key)
            }
        }
    }

    /// Reads a record where it lies.
    func read<T>(_ key: Key, _ body: (borrowing Record) -> T) -> T? {
        guard let slot = slots[key] else { return nil }
        return body(records[slot])
    }

    /// Reads every record where it lies, in the order added.
    func forEachRecord(_ body: (borrowing Record) -> Void) {
        for slot in records.indices { body(records[slot]) }
    }

    /// Changes a record in place (no copy of it or of the table); false when there is none.
    @discardableResult
    mutating func modify(_ key: Key, _ change: (inout Record) -> Void) -> Bool {
        guard let slot = slots[key] else { return false }
        change(&records[slot])
        return true
    }

    public mutating func reserveCapacity(_ count: Int) {
        slots.reserveCapacity(count)
        records.reserveCapacity(count)
        keyOf.reserveCapacity(count)
    }

    /// Equal when they hold the same records under the same keys, in whatever order.
    public static func == (a: RecordTable, b: RecordTable) -> Bool {
        a.count == b.count && a.slots.allSatisfy { key, slot in b[key] == a.records[slot] }
    }
}
