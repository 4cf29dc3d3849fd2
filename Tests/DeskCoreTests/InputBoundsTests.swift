import DeskCore
import Foundation
import Testing

/// What the desk takes from people, and where it stops: spans up to ten years, real dates
/// from 2000 to ten years ahead, operator names of 1–64 characters.
@Suite struct InputBoundsTests {
    let beijing = TimeZone(identifier: "Asia/Shanghai")!
    let now = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    @Test func aSpanIsAtMostTenYears() {
        #expect(TimeSpan(parsing: "3650d") == .days(3650))
        #expect(TimeSpan(parsing: "87600h") == .days(3650))
        for text in ["3651d", "87601h", "5256001m", "999999999999d", "999999999999999999d", "9223372036854775807m", "0d", "-1d", "1w"] {
            #expect(TimeSpan(parsing: text) == nil, "\(text)")
        }
    }

    @Test func aDateThatDoesNotExistIsNotReadAsTheDayItRollsOverTo() {
        #expect(ClockText.parse("2026-02-30 00:00", in: beijing) == nil)
        #expect(ClockText.parse("2026-11-27 24:00", in: beijing) == nil)
        #expect(ClockText.parse("2024-02-29 23:59", in: beijing) != nil)
        #expect(ClockText.parse("99999999999-01-01 00:00", in: beijing) == nil)
    }

    @Test func aTimeOutsideTwoThousandToTenYearsAheadIsOutOfRange() throws {
        #expect(throws: DeskError.self) { try ClockText.read("1999-12-31", field: FieldLabel.date, in: beijing, now: now, day: true) }
        #expect(throws: DeskError.self) { try ClockText.read("0001-01-01T00:00:00Z", field: FieldLabel.asOf, in: beijing, now: now) }
        #expect(throws: DeskError.self) { try ClockText.read("2037-01-01 00:00", field: FieldLabel.asOf, in: beijing, now: now) }
        #expect(throws: DeskError.self) { try ClockText.read("2026-11", field: FieldLabel.date, in: beijing, now: now, day: true) }
        #expect(try ClockText.read("2026-11-27", field: FieldLabel.date, in: beijing, now: now, day: true) < now + .days(10))
    }

    @Test func anOperatorNameIsOneToSixtyFourCharactersWithoutControls() throws {
        #expect(try OperatorName.check(" 赵建国 ") == "赵建国")
        #expect(try OperatorName.check(String(repeating: "王", count: 64)).count == 64)
        for name in ["", "  ", String(repeating: "王", count: 65), "a\u{1B}b", "a\u{202E}b", "a\u{200B}b", "a\nb", "a\u{85}b"] {
            #expect(throws: DeskError.badOperatorName) { try OperatorName.check(name) }
        }
    }
}
