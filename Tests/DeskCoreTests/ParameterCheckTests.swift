@testable import DeskCore
import Foundation
import Testing

/// A form checks a field as it is typed with the readers and rules the command itself uses.
@Suite struct ParameterCheckTests {
    let street = Street(Desk.profile)

    func problem(_ action: String, _ field: String, _ text: String) throws -> DeskError? {
        let parameter = try #require(ActionCatalog.named(action)?.parameters.first { $0.name == field })
        return parameter.problem(with: text, street: street, now: Desk.start)
    }

    @Test func eachFieldIsJudgedAsTheCommandWouldBe() throws {
        #expect(try problem("intake", "grid", "12345") == .badGridCode("12345"))
        #expect(try problem("intake", "grid", "009009") == .unknownGrid("110101099009009"))
        #expect(try problem("intake", "grid", "001001") == nil)
        #expect(try problem("intake", "phone", "1380000") == .invalidValue(field: FieldLabel.phone, value: "1380000", expected: .phoneDigits))
        #expect(try problem("intake", "phone", "138-0000-1111") == nil)
        #expect(try problem("intake", "phone", "12a") != nil)
        #expect(try problem("extend", "by", "3x") == .invalidValue(field: Phrase("延长", "by"), value: "3x", expected: .timeSpan))
        #expect(try problem("extend", "by", "3d") == nil)
        #expect(try problem("rate-utility", "score", "9") == .invalidValue(field: FieldLabel.score, value: "9", expected: .score))
        #expect(try problem("rate-utility", "score", "4") == nil)
    }
}
