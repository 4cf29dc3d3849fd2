import Foundation

/// Runs a program to its end. With `echo` it writes to our terminal; without, its output and
/// error text come back together (one pipe, so the child can never block on the other).
@discardableResult
func run(_ executable: String, _ arguments: [String], echo: Bool = false) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    if !echo { (process.standardOutput, process.standardError) = (pipe, pipe) }
    fflush(nil)  // our own lines first
    try process.run()
    let output = echo ? Data() : pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: output, as: UTF8.self))
}

/// Runs a program to its end with its output discarded, by `posix_spawn` and `waitpid`:
/// Foundation's `Process` waits in 50 ms polls on Linux, which would swamp a 20 ms command.
func spawnAndWait(_ executable: String, _ arguments: [String]) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { for arg in argv { free(arg) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
    guard spawned == 0 else { throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))") }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    return status
}

/// A sibling executable built into the same folder as this one.
func sibling(_ name: String) -> String {
    let me = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    return me.resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent(name).path
}

/// `10k`, `100k`, `1M` or a plain number.
func count(_ text: String) -> Int? {
    let multiplier = text.hasSuffix("k") ? 1000 : text.hasSuffix("M") ? 1_000_000 : 1
    return Int(multiplier == 1 ? text : String(text.dropLast())).map { $0 * multiplier }
}

func label(_ count: Int) -> String {
    count % 1_000_000 == 0 ? "\(count / 1_000_000)M" : count % 1000 == 0 ? "\(count / 1000)k" : "\(count)"
}
