import DeskCore
import DeskDemo
import DeskJournal
import DeskUI
import Foundation

// StreetDesk's speed and memory figures, measured on the demo street: creating the demo
// journal, replaying it, and building one frame of the desk (update + render + diff).
// Medians over repeated runs, since the machine is shared and noisy.
//
//     swift run -c release streetdesk-bench [runs]

let runs = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 9
let folder = NSTemporaryDirectory() + "streetdesk-bench-" + UUID().uuidString
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: folder) }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
func percentile(_ values: [Double], _ p: Double) -> Double { values.sorted()[min(values.count - 1, Int(Double(values.count) * p))] }
func ms(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }

let profile = try DemoProfile.load()
let now = Date()

// 1. init --demo: generate a week of history and write it, one transaction.
var initTimes = [Double]()
var entries = 0
var lastPath = ""
for run in 0..<runs {
    lastPath = folder + "/demo-\(run).journal"
    initTimes.append(try seconds {
        let session = try DeskSession(journal: try Journal.create(at: lastPath), operatorName: "bench", console: "bench")
        let history = DemoHistory.generate(profile: profile, endingAt: now)
        try session.write(history)
        entries = history.count
    })
}
print("init --demo: \(entries) entries, median \(ms(median(initTimes))) over \(runs) runs")

// 2. Replaying that journal from disk into the desk's state.
let journal = try Journal.open(at: lastPath)
var replayTimes = [Double]()
for _ in 0..<runs { replayTimes.append(try seconds { _ = try DeskSession.replay(journal) }) }
print("replay: median \(ms(median(replayTimes))) (\(String(format: "%.1f", Double(entries) / median(replayTimes) / 1000))k entries/s)")

var verifyTimes = [Double]()
for _ in 0..<runs { verifyTimes.append(try seconds { _ = try journal.verify() }) }
print("verify: median \(ms(median(verifyTimes)))")

// 3. One frame at 200×60: a key through update, the render, and the diff against the last frame.
let session = try DeskSession(journal: journal, operatorName: "bench", console: "bench")
let app = DeskApp(backend: session, language: .zh, theme: try Theme.load(name: "dark"), clock: { now })
let keys: [Key] = [.char("j"), .char("j"), .char("k"), .tab, .char("j"), .char("l"), .char("2"), .char("j"), .enter, .escape,
                   .char("3"), .char("j"), .char("4"), .char("5"), .char("j"), .char("6"), .char("1"), .char("l"), .char("2")]
var previous = app.render(width: 200, height: 60)
var frameTimes = [Double]()
var painted = 0
for round in 0..<(runs * 20) {
    let key = keys[round % keys.count]
    frameTimes.append(seconds {
        _ = app.handle(key)
        let canvas = app.render(width: 200, height: 60)
        painted += canvas.changes(since: previous).count
        previous = canvas
    })
}
print("frame 200×60 (update + render + diff): median \(ms(median(frameTimes))), p95 \(ms(percentile(frameTimes, 0.95))) over \(frameTimes.count) frames; \(painted / frameTimes.count) cells changed per frame on average")
print("frame budget 16.7 ms (60 Hz): median is \(String(format: "%.1f", 1 / 60 / median(frameTimes)))× under it")

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak resident memory: \(usage.ru_maxrss / 1024) MiB")
