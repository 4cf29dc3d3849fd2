import Foundation

/// What a hotspot cluster groups by: the same category in the same grid, the same category at
/// the same address, or a category street-wide.
public enum HotspotKey: String, Sendable, CaseIterable {
    case grid, category, address
}

/// Where the same complaints keep coming from: one group of cases taken in over a period,
/// beside how many the same group had in the period of the same length just before.
public struct Hotspot: Sendable, Equatable {
    /// The category, for a cluster; nil for a repeat caller or address.
    public let category: CategoryID?
    /// The grid's code, the address or the phone number (unmasked: mask it to show it).
    public let place: String?
    /// The cases in the period, in intake order.
    public let cases: [CaseID]
    /// How many in the period before.
    public let before: Int

    public var count: Int { cases.count }
    public var trend: Int { count - before }
}

/// The three ranked lists of `streetdesk hotspots`.
public struct Hotspots: Sendable, Equatable {
    public let clusters: [Hotspot]
    public let callers: [Hotspot]
    public let addresses: [Hotspot]
}

extension DeskState {
    /// Groups of two or more cases taken in during `range`, most cases first (the steepest rise
    /// breaking ties), each with its count over the period of the same length before. Reads only
    /// the cases taken in over the two periods: intake order is time order, so they are found
    /// by binary search, whatever the history behind them.
    public func hotspots(by key: HotspotKey, in range: Range<Date>) -> Hotspots {
        let length = range.upperBound.timeIntervalSince(range.lowerBound)
        let earlier = range.lowerBound.addingTimeInterval(-length)..<range.lowerBound
        let now = taken(in: range), then = taken(in: earlier)
        func place(_ item: Case) -> String? {
            switch key {
            case .grid: item.grid.digits
            case .category: nil
            case .address: Self.address(item)
            }
        }
        func ranked(_ group: (Case) -> (CategoryID?, String?)?) -> [Hotspot] {
            let counts = Dictionary(grouping: then.compactMap { group($0).map(Pair.init) }, by: { $0 }).mapValues(\.count)
            var groups = [Pair: [CaseID]]()
            var order = [Pair]()
            for item in now {
                guard let pair = group(item).map(Pair.init) else { continue }
                if groups[pair] == nil { order.append(pair) }
                groups[pair, default: []].append(item.id)
            }
            return order.compactMap { pair in
                let cases = groups[pair]!
                return cases.count < 2 ? nil : Hotspot(category: pair.category, place: pair.place, cases: cases, before: counts[pair] ?? 0)
            }.sorted { ($0.count, $0.trend) > ($1.count, $1.trend) }
        }
        return Hotspots(
            clusters: ranked { item in key == .address && Self.address(item) == nil ? nil : (item.category, place(item)) },
            callers: ranked { item in item.phone.map { (nil, $0) } },
            addresses: ranked { item in Self.address(item).map { (nil, $0) } })
    }

    private struct Pair: Hashable {
        let category: CategoryID?
        let place: String?
        init(_ pair: (CategoryID?, String?)) { (category, place) = pair }
    }

    /// An address as typed, without the spaces around it; nil when none was given.
    private static func address(_ item: Case) -> String? {
        item.address.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The cases taken in during `range`, in intake order.
    func taken(in range: Range<Date>) -> [Case] {
        func firstIndex(from date: Date) -> Int {
            var (low, high) = (0, caseOrder.count)
            while low < high {
                let mid = (low + high) / 2
                if (cases[caseOrder[mid]]?.receivedAt ?? .distantFuture) < date { low = mid + 1 } else { high = mid }
            }
            return low
        }
        return caseOrder[firstIndex(from: range.lowerBound)..<firstIndex(from: range.upperBound)].compactMap { cases[$0] }
    }
}
