@testable import DeskCore
import Foundation
import Testing

/// Hotspots: clusters of one category, repeat callers and addresses, ranked, against the period before.
@Suite struct HotspotTests {
    @Test func clustersCallersAndAddressesAgainstThePeriodBefore() throws {
        var desk = Desk()
        func intake(_ category: String, grid: String = "110101099001001", phone: String, address: String?) throws {
            var values = ["type": ["complaint"], "category": [category], "grid": [grid], "summary": ["垃圾"], "phone": [phone]]
            if let address { values["address"] = [address] }
            try desk.action("intake", nil, values)
            desk.advance(.hours(1))
        }
        let start = desk.now
        try intake("env.garbage", phone: "13800000001", address: "3号楼")  // the period before
        let middle = desk.now
        try intake("env.garbage", phone: "13800000001", address: "3号楼")
        try intake("env.garbage", phone: "13800000002", address: " 3号楼 ")
        try intake("env.garbage", phone: "13800000003", address: nil)
        try intake("utilities.no-water", phone: "13800000001", address: nil)
        try intake("utilities.no-water", grid: "110101099001002", phone: "13800000004", address: nil)
        let range = middle..<desk.now
        #expect(range.lowerBound.timeIntervalSince(start) < range.upperBound.timeIntervalSince(range.lowerBound))
        let byGrid = desk.state.hotspots(by: .grid, in: range)
        #expect(byGrid.clusters == [Hotspot(category: "env.garbage", place: "110101099001001", cases: ["C0002", "C0003", "C0004"], before: 1)])
        #expect(byGrid.callers == [Hotspot(category: nil, place: "13800000001", cases: ["C0002", "C0005"], before: 1)])
        #expect(byGrid.addresses == [Hotspot(category: nil, place: "3号楼", cases: ["C0002", "C0003"], before: 1)])
        let byCategory = desk.state.hotspots(by: .category, in: range).clusters
        #expect(byCategory.map(\.cases) == [["C0002", "C0003", "C0004"], ["C0005", "C0006"]])
        #expect(byCategory.map(\.trend) == [2, 2])
        #expect(desk.state.hotspots(by: .address, in: range).clusters.map(\.cases) == [["C0002", "C0003"]])
    }
}
