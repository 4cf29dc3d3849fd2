import Foundation

/// The built `streetdesk`, run as a user would run it.
enum Binary {
    /// Beside the test bundle in the build folder (`swift build` puts both there).
    static let path: String = {
        if let override = ProcessInfo.processInfo.environment["STREETDESK_BIN"] { return override }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        if folder.lastPathComponent.hasSuffix(".xctest") || folder.path.contains(".xctest/") {
            while folder.path.contains(".xctest") { folder.deleteLastPathComponent() }
        }
        return folder.appendingPathComponent("streetdesk").path
    }()

    /// The demo street's profile in the source tree.
    static let demoProfilePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/DeskDemo/Resources/demo-street.yaml").path

    struct Result {
        let status: Int32
        let output: String
        let error: String
    }

    /// Runs `streetdesk` with `arguments` and waits for it.
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.merge(environment) { $1 }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, output: String(decoding: out, as: UTF8.self),
                      error: String(decoding: err, as: UTF8.self))
    }
}

/// A fresh folder per test, removed afterwards.
func withScratch<T>(_ body: (String) throws -> T) throws -> T {
    let directory = NSTemporaryDirectory() + "streetdesk-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try body(directory)
}

/// Runs a tool and returns what it printed on standard output (standard error is dropped).
func shell(_ tool: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardError = FileHandle.nullDevice
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
}
