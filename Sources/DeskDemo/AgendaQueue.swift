import Foundation

/// Planned actions, earliest first; equal times keep planning order. A binary heap, so a
/// multi-year history with thousands of actions in flight plans and pops in log time.
struct AgendaQueue {
    private var heap: [(order: Int, item: AgendaItem)] = []
    private var planned = 0

    var isEmpty: Bool { heap.isEmpty }

    mutating func push(_ item: AgendaItem) {
        planned += 1
        heap.append((planned, item))
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    /// The earliest item, if it is due before `end` (or any, without an end).
    mutating func popFirst(before end: Date? = nil) -> AgendaItem? {
        guard let first = heap.first, end.map({ first.item.at < $0 }) ?? true else { return nil }
        heap.swapAt(0, heap.count - 1)
        heap.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var next = parent
            if left < heap.count, precedes(left, next) { next = left }
            if right < heap.count, precedes(right, next) { next = right }
            guard next != parent else { break }
            heap.swapAt(parent, next)
            parent = next
        }
        return first.item
    }

    private func precedes(_ a: Int, _ b: Int) -> Bool {
        heap[a].item.at != heap[b].item.at ? heap[a].item.at < heap[b].item.at : heap[a].order < heap[b].order
    }
}
