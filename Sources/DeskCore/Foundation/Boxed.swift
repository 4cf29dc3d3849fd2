/// A value kept behind a pointer: a record's rarely-set field costs 8 bytes inline instead of its
/// whole size. Still a value: equal by its contents, immutable once made.
public indirect enum Boxed<Value: Sendable & Equatable>: Sendable, Equatable {
    case boxed(Value)

    public init(_ value: Value) { self = .boxed(value) }

    public var value: Value {
        switch self {
        case .boxed(let value): value
        }
    }
}
