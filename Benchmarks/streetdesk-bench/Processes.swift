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
