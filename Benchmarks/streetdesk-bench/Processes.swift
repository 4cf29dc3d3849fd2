import Foundation

/// Runs a program to its end; its output and error text are returned, not shown.
@discardableResult
func run(_ executable: String, _ arguments: [String], echo: Bool = false) throws -> (status: Int32, output: String, error: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = echo ? FileHandle.standardOutput : output
    process.standardError = error
    fflush(nil)  // our own lines first, when both go to one pipe
    try process.run()
    // Read before waiting, so a chatty child never blocks on a full pipe.
    let outData = echo ? Data() : output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
}

/// A sibling executable built into the same folder as this one.
func sibling(_ name: String) -> String {
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return me.deletingLastPathComponent().appendingPathComponent(name).path
}

/// `10k`, `100k`, `1M` or a plain number.
func count(_ text: String) -> Int? {
    let multiplier = text.hasSuffix("k") ? 1000 : text.hasSuffix("M") ? 1_000_000 : 1
    return Int(multiplier == 1 ? text : String(text.dropLast())).map { $0 * multiplier }
}

func label(_ count: Int) -> String {
    count % 1_000_000 == 0 ? "\(count / 1_000_000)M" : count % 1000 == 0 ? "\(count / 1000)k" : "\(count)"
}
