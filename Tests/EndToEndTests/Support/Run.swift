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
/// read as they come, so a chatty program never blocks on a full pipe. Spawned with
/// `posix_spawn`: Foundation's `Process.run()` was seen to crash when tests start programs at
/// the same time.
func run(_ tool: String, _ arguments: [String], environment: [String: String]? = nil, timeout: Double = 120) throws -> Ran {
    var output: [Int32] = [0, 0], error: [Int32] = [0, 0]
    guard pipe(&output) == 0, pipe(&error) == 0 else { throw Failed(command: [tool], ran: Ran(status: -1, outputBytes: Data(), errorBytes: Data())) }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, output[1], 1)
    posix_spawn_file_actions_adddup2(&actions, error[1], 2)
    // Nothing else of this process's reaches the child: a file another test is still writing (a
    // binary being copied) would otherwise stay open in it, and exec of that file fails as busy.
    closeFrom3(&actions)
    // As a fresh process: no signal blocked, every signal's default action (ignored ones would
    // otherwise stay ignored across exec).
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t(), all = sigset_t()
    sigemptyset(&none)
    sigfillset(&all)
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    let argv = ([tool] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer {
        for arg in argv { free(arg) }
        for entry in envp ?? [] { free(entry) }
    }
    var pid: pid_t = 0
    let spawned = envp.map { posix_spawn(&pid, tool, &actions, &attributes, argv, $0) } ?? posix_spawn(&pid, tool, &actions, &attributes, argv, environ)
    close(output[1])
    close(error[1])
    guard spawned == 0 else {
        close(output[0])
        close(error[0])
        throw Failed(command: [tool] + arguments, ran: Ran(status: spawned, outputBytes: Data(), errorBytes: Data(String(cString: strerror(spawned)).utf8)))
    }
    let read = DispatchGroup()
    let captured = Mutex<[Int: Data]>([:])
    for (index, fd) in [output[0], error[0]].enumerated() {
        DispatchQueue.global().async(group: read) {
            let data = FileHandle(fileDescriptor: fd, closeOnDealloc: true).readDataToEndOfFile()
            captured.withLock { $0[index] = data }
        }
    }
    var status: Int32 = 0
    let deadline = Date() + timeout
    while waitpid(pid, &status, WNOHANG) == 0 {
        guard Date() < deadline else {
            kill(pid, SIGKILL)
            _ = waitpid(pid, &status, 0)
            _ = read.wait(timeout: .now() + 5)
            let printed = captured.withLock { String(decoding: ($0[0] ?? Data()) + ($0[1] ?? Data()), as: UTF8.self) }
            throw TimedOut(command: [tool] + arguments, seconds: timeout, output: printed)
        }
        usleep(2000)
    }
    _ = read.wait(timeout: .now() + 5)
    // The exit status as a shell reports it: the code, or 128 + the signal that ended it.
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return captured.withLock { data in Ran(status: code, outputBytes: data[0] ?? Data(), errorBytes: data[1] ?? Data()) }
}

/// Every descriptor from 3 up closes in the child: glibc's `posix_spawn_file_actions_addclosefrom_np`
/// (2.34 on; Swift's Glibc module does not declare it), else each descriptor open now.
private func closeFrom3(_ actions: inout posix_spawn_file_actions_t) {
    typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
        _ = unsafeBitCast(symbol, to: AddCloseFrom.self)(&actions, 3)
        return
    }
    for name in (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? [] {
        if let fd = Int32(name), fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
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
