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

    /// The PIN every demo officer signs on with (README).
    static let demoSecret = "2468"

    /// Runs `streetdesk` with `arguments` and waits for it (at most `timeout` seconds).
    @discardableResult
    static func run(_ arguments: [String], environment: [String: String] = [:], timeout: Double = 120) throws -> Ran {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        // A duty officer on the demo street's staff list, unless a test names another.
        env["STREETDESK_OPERATOR"] = "李明"
        env["STREETDESK_PIN"] = demoSecret
        env.merge(environment) { $1 }
        return try EndToEndTests.run(path, arguments, environment: env, timeout: timeout)
    }
}

/// A fresh folder per test, removed afterwards.
func withScratch<T>(_ body: (String) throws -> T) throws -> T {
    let directory = NSTemporaryDirectory() + "streetdesk-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try body(directory)
}
