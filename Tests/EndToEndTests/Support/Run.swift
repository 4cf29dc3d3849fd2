import Foundation
import Synchronization

/// What a finished program left: its exit status and what it printed.
struct Ran {
    let status: Int32
    /// The bytes as printed, for checks that text decoding would blur.
    let outputBytes: Data
    let errorBytes: Data
    var output: String { String(decoding: outputBytes, as: UTF8.self) }
    var error: String { String(decoding: errorBytes, as: UTF8.self) }
}

/// A program that outlived its time limit: it was killed, and the test fails with what it printed.
struct TimedOut: Error, CustomStringConvertible {
    let command: [String]
    let seconds: Double
    let output: String
    var description: String { "\(command.joined(separator: " ")) still running after \(seconds) s; killed. It printed:\n\(output)" }
}

/// The one way the end-to-end tests run a program: to its end, or killed after `timeout`
/// seconds, so a hung program fails its test instead of stalling the suite. Both outputs are
/// read as they come, so a chatty program never blocks on a full pipe.
func run(_ tool: String, _ arguments: [String], environment: [String: String]? = nil, timeout: Double = 120) throws -> Ran {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    if let environment { process.environment = environment }
    let (output, error) = (Pipe(), Pipe())
    (process.standardOutput, process.standardError) = (output, error)
    let exited = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in exited.signal() }
    let read = DispatchGroup()
    let captured = Mutex<[Int: Data]>([:])
    for (index, pipe) in [output, error].enumerated() {
        DispatchQueue.global().async(group: read) {
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            captured.withLock { $0[index] = data }
        }
    }
    try process.run()
    if exited.wait(timeout: .now() + timeout) == .timedOut {
        kill(process.processIdentifier, SIGKILL)
        _ = exited.wait(timeout: .now() + 5)
        _ = read.wait(timeout: .now() + 5)
        let printed = captured.withLock { String(decoding: ($0[0] ?? Data()) + ($0[1] ?? Data()), as: UTF8.self) }
        throw TimedOut(command: [tool] + arguments, seconds: timeout, output: printed)
    }
    _ = read.wait(timeout: .now() + 5)
    return captured.withLock { data in
        Ran(status: process.terminationStatus, outputBytes: data[0] ?? Data(), errorBytes: data[1] ?? Data())
    }
}

/// A tool's standard output, for tools whose failure is itself a test failure (sqlite3, tmux).
/// - Throws: `Failed` when it exits non-zero, with what it printed on standard error.
func shell(_ tool: String, _ arguments: [String]) throws -> String {
    let ran = try run(tool, arguments)
    guard ran.status == 0 else { throw Failed(command: [tool] + arguments, ran: ran) }
    return ran.output
}

struct Failed: Error, CustomStringConvertible {
    let command: [String]
    let ran: Ran
    var description: String { "\(command.joined(separator: " ")) exited \(ran.status): \(ran.error)" }
}
