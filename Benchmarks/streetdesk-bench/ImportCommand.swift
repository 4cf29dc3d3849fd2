import ArgumentParser
import DeskDemo
import Foundation

/// `streetdesk-bench import`: how fast `streetdesk import orders` takes a file of 12345 work orders
/// into a fresh journal of the demo street, end to end (the process, reading the file, deciding
/// each order, the one transaction), as rows per second, the median of the runs.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Rows per second of `streetdesk import orders` into a fresh journal.")

    @Option(help: "Work orders in the file (10k, 100k or a number).", transform: { try parseCount($0) })
    var orders = 100_000
    @Option(help: "Imports timed, each into a fresh journal.")
    var runs = 3
    @Option(help: "Folder the file and journals are written in (default: $TMPDIR/streetdesk-bench).")
    var cache = NSTemporaryDirectory() + "streetdesk-bench"

    func run() throws {
        let folder = "\(cache)/import-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let profile = folder + "/street.yaml", file = folder + "/orders.csv"
        try DemoProfile.yaml.write(toFile: profile, atomically: true, encoding: .utf8)
        try OrderFile.text(count: orders, endingAt: Date()).write(toFile: file, atomically: true, encoding: .utf8)
        let streetdesk = sibling("streetdesk")
        var seconds = [Double]()
        for n in 1...runs {
            let journal = "\(folder)/run\(n).journal"
            guard try spawnAndWait(streetdesk, ["init", "--profile", profile, "--journal", journal]) == 0 else {
                throw BenchError("init failed (is streetdesk built beside streetdesk-bench?)")
            }
            let started = Date()
            let status = try spawnAndWait(streetdesk, ["import", "orders", file, "--journal", journal])
            seconds.append(Date().timeIntervalSince(started))
            guard status == 0 else { throw BenchError("import orders exited with status \(status)") }
        }
        let median = seconds.sorted()[seconds.count / 2]
        print(String(format: "import orders, %@ rows into a fresh journal: %.0f rows/s (median of %d: %@)", label(orders),
                     Double(orders) / median, runs, seconds.map { String(format: "%.2f s", $0) }.joined(separator: ", ")))
    }
}

/// A work-orders file (docs/exchange.md) of `count` orders received one every 20 seconds up to
/// `end`, over category texts and addresses the demo street's `hotline` table maps, and a few it does not.
enum OrderFile {
    static let categories = ["城市管理-垃圾清运", "餐饮油烟", "夜间施工噪声", "停水", "停电", "供暖不热", "乱停车", "文化旅游-景区"]
    static let addresses = ["槐荫里", "银杏胡同", "丁香园", "海棠路", "玉兰巷", "某公园"]
    static let types = ["complaint", "help", "consultation", "suggestion", "tip-off"]

    static func text(count: Int, endingAt end: Date) -> String {
        let zone = TimeZone(identifier: "Asia/Shanghai")!
        let stamp = Date.ISO8601FormatStyle(timeZoneSeparator: .colon, timeZone: zone)
        var lines = ["order,received,type,category,address,summary,phone,respond_by,resolve_by"]
        lines.reserveCapacity(count + 1)
        for i in 0..<count {
            let received = end.addingTimeInterval(-20 * Double(count - i))
            lines.append([
                String(format: "B%09d", i), stamp.format(received), types[i % types.count], categories[i % categories.count],
                "\(addresses[i % addresses.count])\(i % 40 + 1)号楼", "第\(i)号工单：楼下垃圾无人清运", String(format: "1380%07d", i),
                stamp.format(received.addingTimeInterval(12 * 3600)), stamp.format(received.addingTimeInterval(7 * 86400)),
            ].joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
