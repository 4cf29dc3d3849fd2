import Foundation
@testable import DeskJournal

/// Runs `body` with a fresh directory that is removed afterwards.
func withScratch<T>(_ body: (String) throws -> T) throws -> T {
    let directory = NSTemporaryDirectory() + "deskjournal-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    return try body(directory)
}

/// Runs `body` with a new journal of `entries` sample entries and its path.
func withJournal(entries: Int, _ body: (Journal, String) throws -> Void) throws {
    try withScratch { dir in
        let path = dir + "/desk.journal"
        let journal = try Journal.create(at: path)
        try journal.append(samples(1...entries))
        try body(journal, path)
    }
}

/// 2026-11-27T13:34:00+08:00 plus `seconds`.
func sampleTime(_ seconds: Double = 0) -> Date {
    Date(timeIntervalSince1970: 1_795_757_640 + seconds)
}

func sample(_ n: Int, console: String = "desk-1") -> NewEntry {
    NewEntry(
        at: sampleTime(Double(n)), operatorName: "王芳", console: console, kind: "case.intake",
        payload: #"{"n":\#(n),"summary":"噪音扰民，凌晨两点"}"#)
}

func samples(_ range: ClosedRange<Int>, console: String = "desk-1") -> [NewEntry] {
    range.map { sample($0, console: console) }
}

struct Shell {
    let status: Int32
    let output: String
    let error: String
}

/// The sqlite3 shell on `path`: a tool outside StreetDesk, as a tamperer would use.
@discardableResult
func sqlite3(_ path: String, _ sql: String) throws -> Shell {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = ["-cmd", ".timeout 5000", path, sql]
    let output = Pipe()
    let error = Pipe()
    process.standardOutput = output
    process.standardError = error
    try process.run()
    let out = output.fileHandleForReading.readDataToEndOfFile()
    let err = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Shell(
        status: process.terminationStatus,
        output: String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines),
        error: String(decoding: err, as: UTF8.self))
}

/// Drops the append-only triggers, then runs `sql`: tampering as someone with the file could.
func tamper(_ path: String, _ sql: String) throws {
    let result = try sqlite3(path, """
        DROP TRIGGER entries_no_update; DROP TRIGGER entries_no_delete; DROP TRIGGER entries_extend_chain;
        \(sql)
        """)
    precondition(result.status == 0, "tampering failed: \(result.error)")
}

func posixMode(_ path: String) throws -> Int {
    (try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? -1
}
