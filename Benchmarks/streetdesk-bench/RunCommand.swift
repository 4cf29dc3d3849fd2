import ArgumentParser
import DeskJournal
import Foundation

/// Options shared by `run` and `smoke`.
struct RunOptions: ParsableArguments {
    @Option(help: "Runs of each one-off operation; frame figures take 20 samples per run.")
    var runs = 5
    @Option(help: "Folder the generated journals are kept in, to be reused (default: $TMPDIR/streetdesk-bench).")
    var cache = NSTemporaryDirectory() + "streetdesk-bench"
    @Option(help: "Seed of the generated histories.")
    var seed: UInt64 = 20_200_101
    @Flag(help: "Generate the journals again even when cached.")
    var fresh = false

    /// Open cases in proportion to the size: 20,000 at 1M entries.
    static func openCases(entries: Int) -> Int { entries / 50 }

    /// Generates (or reuses) each size's journal, measures it in a process of its own, and prints the table.
    func measure(sizes: [Int]) throws -> [(size: Int, measurement: Measurement)] {
        try FileManager.default.createDirectory(atPath: cache, withIntermediateDirectories: true)
        return try sizes.map { size in
            let path = try journal(entries: size)
            print("measuring \(label(size)) …")
            return (size, try measureCopy(of: path))
        }
    }

    private func journal(entries: Int) throws -> String {
        let open = Self.openCases(entries: entries)
        let path = "\(cache)/district-\(label(entries))-open\(open)-seed\(seed).journal"
        if fresh { try? FileManager.default.removeItem(atPath: path) }
        guard !FileManager.default.fileExists(atPath: path) else {
            print("reusing \(path)")
            return path
        }
        let partial = path + ".partial"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
        print("generating \(label(entries)) entries with about \(open) open cases …")
        let result = try run(sibling("streetdesk-bench"), [
            "generate", "--entries", "\(entries)", "--open", "\(open)", "--journal", partial, "--seed", "\(seed)",
        ], echo: true)
        guard result.status == 0 else { throw BenchError("generate failed") }
        // The generator has closed the journal, so its WAL is checkpointed and gone: one file to rename.
        try FileManager.default.moveItem(atPath: partial, toPath: path)
        return path
    }

    private func measureCopy(of path: String) throws -> Measurement {
        let folder = "\(cache)/measure-\(getpid())"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/street.journal"
        try FileManager.default.copyItem(atPath: path, toPath: copy)
        try openOnce(copy)
        let output = folder + "/figures.json"
        let result = try run(sibling("streetdesk-bench"), ["measure", "--journal", copy, "--runs", "\(runs)", "--output", output])
        guard result.status == 0 else {
            throw BenchError("measure \(path) failed (a journal cached by an older build? try --fresh): \(result.output)")
        }
        return try JSONDecoder().decode(Measurement.self, from: Data(contentsOf: URL(fileURLWithPath: output)))
    }
}

/// A desk in use has opened its journal before: the first opening of a long journal folds it
/// all and saves a checkpoint. Done here, so that neither its time nor its memory is counted
/// with the figures, which start from that checkpoint as every later opening does.
private func openOnce(_ path: String) throws {
    _ = try DeskSession(journal: try Journal.open(at: path), operatorName: "bench", console: "bench-0")
}

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Measure every figure at each size and print them beside their goals.")

    @Option(help: "Journal sizes in entries.", transform: { try $0.split(separator: ",").map { try parseCount(String($0)) } })
    var sizes = [10_000, 100_000, 1_000_000]
    @OptionGroup var options: RunOptions

    func run() throws {
        print(FigureTable(try options.measure(sizes: sizes), runs: options.runs).text)
    }
}

/// CI's check: 10k entries only; fails when any figure is more than 10× its goal.
struct SmokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smoke", abstract: "Measure at 10k entries; exit 1 when a figure is more than 10× its goal.")

    @OptionGroup var options: RunOptions

    func run() throws {
        let table = FigureTable(try options.measure(sizes: [10_000]), runs: options.runs)
        print(table.text)
        let far = table.over(factor: 10)
        guard far.isEmpty else {
            print("more than 10× off the goal: " + far.joined(separator: ", "))
            throw ExitCode.failure
        }
        print("smoke: every figure within 10× of its goal")
    }
}
