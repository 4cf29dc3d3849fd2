import DeskCore
import DeskJournal
import DeskUI
import Foundation

/// The desk's frame figures at 200×60: every sample is a key through update, the render, and
/// the diff against the previous frame, as the terminal driver does them.
final class DeskFigures {
    static let size = (width: 200, height: 60)
    let session: DeskSession
    let app: DeskApp
    let clock: BenchClock
    private var previous: Canvas
    /// A second console on the same file, for live updates.
    private let otherConsole: Journal

    init(journal path: String) throws {
        session = try DeskSession(journal: try Journal.open(at: path), operatorName: "bench", console: "bench-1",
                                  settledInBackground: true)
        try session.completeRestore()  // frames are timed on the desk as it runs, not as it opens
        clock = BenchClock(after: session.state)
        app = DeskApp(backend: session, language: .zh, theme: try Theme.load(name: "dark"), clock: { [clock] in clock.now })
        previous = app.render(width: Self.size.width, height: Self.size.height)
        otherConsole = try Journal.open(at: path)
    }

    /// Open → first full frame, as `streetdesk desk` opens: the journal, its checkpoint (the
    /// settled history on a second thread) and the tail, then one render.
    static func openToFirstFrame(journal path: String) throws -> Double {
        try seconds {
            let session = try DeskSession(journal: try Journal.open(at: path), operatorName: "bench", console: "bench-1",
                                          settledInBackground: true)
            let app = DeskApp(backend: session, language: .zh, theme: try Theme.load(name: "dark"))
            _ = app.render(width: size.width, height: size.height)
        }
    }

    /// One frame: `change` (a key, or a tick), then render and diff.
    func frame(_ change: () -> Void) -> Double {
        seconds {
            change()
            let canvas = app.render(width: Self.size.width, height: Self.size.height)
            _ = canvas.changes(since: previous)
            previous = canvas
        }
    }

    func key(_ key: Key) -> Double { frame { _ = app.handle(key) } }

    /// Cursor moves on one board: down and back up (and across, on the map).
    func cursorMoves(board: Board, samples: Int) -> [Double] {
        _ = key(.char(Character(String(board.rawValue))))
        let walk: [Key] = board == .map ? [.char("l"), .char("l"), .char("j"), .char("h"), .char("h"), .char("k")]
            : Array(repeating: .char("j"), count: 10) + Array(repeating: .char("k"), count: 10)
        return (0..<samples).map { key(walk[$0 % walk.count]) }
    }

    /// Board switches by digit, Tab and Shift-Tab.
    func boardSwitches(samples: Int) -> [Double] {
        let keys: [Key] = Board.allCases.map { .char(Character(String($0.rawValue))) } + [.tab, .tab, .backTab]
        return (0..<samples).map { key(keys[$0 % keys.count]) }
    }

    /// Opening and closing the detail of a complaint, a whistle and a dispatch.
    func details(samples: Int) -> [Double] {
        var times = [Double]()
        for round in 0..<samples / 2 {
            _ = key(.char(["2", "3", "4"][round % 3]))
            _ = key(.char("j"))
            times += [key(.enter), key(.escape)]
        }
        return times
    }

    /// Another console takes in a case; the desk's tick folds it in and the frame shows it.
    func liveUpdates(samples: Int, intake: DeskCommand) throws -> [Double] {
        _ = key(.char("2"))
        return try (0..<samples).map { _ in
            let now = clock.tick()
            let events = try session.state.decide(intake, at: now, by: "bench-2")
            try otherConsole.append(events.map {
                NewEntry(at: now, operatorName: "bench-2", console: "bench-2", kind: $0.kind, payload: EventCoding.encode($0))
            })
            return frame { _ = app.tick() }
        }
    }

    /// `/` on the complaints board: a Chinese word, then an id fragment, typed and erased key by key.
    func filterKeystrokes(rounds: Int) -> [Double] {
        _ = key(.char("2"))
        var times = [Double]()
        for _ in 0..<rounds {
            _ = key(.char("/"))
            for word in ["垃圾清运", "C01"] {
                times += word.map { key(.char($0)) }
                times += word.map { _ in key(.backspace) }
            }
            _ = key(.escape)
        }
        return times
    }
}

/// The desk's clock: just after the journal's last entry, so that a cached journal shows the
/// same screens on any day; each write moves it on a second.
final class BenchClock: @unchecked Sendable {
    private(set) var now: Date

    init(after state: DeskState) { now = (state.lastAt ?? Date()).addingTimeInterval(60) }

    func tick() -> Date {
        now = now.addingTimeInterval(1)
        return now
    }
}
