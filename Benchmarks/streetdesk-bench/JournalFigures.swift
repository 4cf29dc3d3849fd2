import DeskCore
import DeskJournal
import Foundation

/// The journal's figures, each beside its baseline measured in the same run, interleaved so
/// that both see the same machine.
enum JournalFigures {
    static let summary = "3号楼垃圾无人清运，居民反映已持续两天"

    static func intake(grid: GridCode) -> DeskCommand {
        .intake(.init(type: .complaint, category: "env.garbage", grid: grid, summary: summary, phone: "13800001111"))
    }

    /// Full replay from entry 1 (no checkpoint), `verify`, and the plain read-and-hash loop verify is judged against.
    static func chain(journal path: String, runs: Int) throws -> (verify: [Double], loop: [Double], replay: [Double]) {
        let journal = try Journal.open(at: path)
        var (verify, loop, replay) = ([Double](), [Double](), [Double]())
        for _ in 0..<runs {
            var result: VerifyResult?
            verify.append(try seconds { result = try journal.verify() })
            guard case .intact(let count) = result else { throw BenchError("verify: \(String(describing: result))") }
            var matched = 0
            loop.append(try seconds { matched = try Baselines.hashLoop(journal: path) })
            guard matched == count else { throw BenchError("hash loop matched \(matched) of \(count) entries") }
            replay.append(try seconds { _ = try DeskSession.replayFromStart(journal) })
        }
        return (verify, loop, replay)
    }

    /// An intake through the desk's session, and a raw single-row commit into a scratch file beside the journal.
    static func appends(desk: DeskFigures, intake: DeskCommand, scratch: String, samples: Int) throws -> (append: [Double], raw: [Double]) {
        let raw = try Baselines.RawCommit(scratch: scratch)
        var (appends, commits) = ([Double](), [Double]())
        for _ in 0..<samples {
            let now = desk.clock.tick()
            appends.append(try seconds { try desk.session.perform(intake, at: now) })
            commits.append(try seconds { try raw.commit() })
        }
        return (appends, commits)
    }

    /// `streetdesk do intake …` as a separate process, from spawn to exit, by `officer` (one on
    /// the profile's staff list, when it has one).
    /// With `signed`, the officer gives a credential, as at a street with a staff file: the scrypt check
    /// (`StaffCredential.defaultCost`) is then part of the cost; without, the journal's work alone.
    static func doEndToEnd(streetdesk: String, journal: String, grid: GridCode, officer: String, runs: Int, signed: Bool) throws -> [Double] {
        guard FileManager.default.isExecutableFile(atPath: streetdesk) else {
            throw BenchError("\(streetdesk) not found: build it with --product streetdesk")
        }
        let arguments = ["do", "intake", "--type", "complaint", "--category", "env.garbage", "--grid", grid.digits,
                         "--summary", summary, "--phone", "13800001111", "--journal", journal, "--operator", officer]
        let secret = "2468"
        if signed {
            try StaffFile.write([officer: try StaffCredential(name: officer, secret: secret)], to: StaffFile.path(journal))
            setenv("STREETDESK_PIN", secret, 1)
        } else {
            unlink(StaffFile.path(journal))
            unsetenv("STREETDESK_PIN")
        }
        return try (0..<runs).map { _ in
            var status: Int32 = 0
            let time = try seconds { status = try spawnAndWait(streetdesk, arguments) }
            guard status == 0 else { throw BenchError("streetdesk do intake exited with status \(status); run it by hand to see why") }
            return time
        }
    }
}
