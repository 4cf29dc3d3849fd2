import Foundation

/// Seconds taken by `body`, on the monotonic clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// A figure as measured: its median and 99th percentile over `count` samples (nearest rank).
struct Stat: Codable {
    var p50: Double
    var p99: Double
    var count: Int

    init(_ samples: [Double]) {
        precondition(!samples.isEmpty, "a figure needs samples")
        let sorted = samples.sorted()
        func rank(_ p: Double) -> Double { sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)] }
        p50 = rank(0.5)
        p99 = rank(0.99)
        count = sorted.count
    }

    init(single value: Double) { (p50, p99, count) = (value, value, 1) }
}

/// The process's peak resident memory so far, in bytes (Linux reports kilobytes).
func peakResidentBytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) * 1024
}
