@testable import DeskCore
import Foundation
import Testing

/// `order:NUMBER` in place of a case id.
@Suite struct OrderSubjectTests {
    func arguments(_ words: [String], _ action: String) throws -> ActionArguments {
        var arguments = ActionArguments(streetCode: Desk.profile.street.code, now: Desk.start, timeZone: .gmt)
        try ActionLine.read(words, for: try #require(ActionCatalog.named(action)), into: &arguments)
        return arguments
    }

    @Test func anOrderNumberNamesTheCaseTakenInFromIt() throws {
        let spec = try #require(ActionCatalog.named("feedback"))
        var named = try arguments(["order:2026112700123", "--note", "已处理"], "feedback")
        try named.resolveOrder(for: spec) { $0 == "2026112700123" ? "C0042" : nil }
        #expect(named.subject == "C0042")
        var plain = try arguments(["C0007", "--note", "已处理"], "feedback")
        try plain.resolveOrder(for: spec) { _ in Issue.record("looked up"); return nil }
        #expect(plain.subject == "C0007")
    }

    @Test func anOrderNoCaseCameFromIsRefusedByWhatWasGiven() throws {
        let spec = try #require(ActionCatalog.named("contact"))
        var named = try arguments(["ORDER:999"], "contact")
        #expect(throws: DeskError.unknownCase("ORDER:999")) { try named.resolveOrder(for: spec) { _ in nil } }
    }
}
