import Foundation
import PropertyBased
import Testing
@testable import DeskJournal

/// `JournalTime.milliseconds(text:)` checks fields by range; the implementation it replaced wrote the instant back
/// out and compared. Kept here as the oracle: both must accept and refuse exactly the same texts.
@Suite struct JournalTimeTests {
    static func formerMilliseconds(text written: String) -> Int64? {
        let b = Array(written.utf8)
        func number(_ digits: ArraySlice<UInt8>) -> Int64? {
            var value: Int64 = 0
            for d in digits {
                guard d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(d - UInt8(ascii: "0"))
            }
            return value
        }
        guard b.count == 29, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
              b[23] == UInt8(ascii: "+") || b[23] == UInt8(ascii: "-"), b[26] == UInt8(ascii: ":"),
              let year = number(b[0..<4]), let month = number(b[5..<7]), let day = number(b[8..<10]),
              let hour = number(b[11..<13]), let minute = number(b[14..<16]), let second = number(b[17..<19]),
              let milli = number(b[20..<23]), let offsetHours = number(b[24..<26]), let offsetMinutes = number(b[27..<29])
        else { return nil }
        let offset = Int((offsetHours * 60 + offsetMinutes) * (b[23] == UInt8(ascii: "-") ? -1 : 1))
        let local = ((CivilCalendarOracle.days(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli
        let result = local - Int64(offset) * 60_000
        return JournalTime.text(milliseconds: result, offsetMinutes: offset) == written ? result : nil
    }

    /// Field values drawn mostly near and past their limits: month 00–13, day 00–32, hour 00–25, 99s, -00:00.
    static func text(_ r: [Int]) -> String {
        let year = min(9999, [0, 1, 1600, 1900, 1970, 2000, 2024, 2026, 2100, 9999][r[0] % 10] + (r[0] / 10) % 3)
        let hour = r[3] % 9 == 0 ? 99 : r[3] % 25
        let offsetHours = r[8] % 11 == 0 ? 99 : r[8] % 16
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03d", year, r[1] % 14, r[2] % 33, hour, r[4] % 61, r[5] % 61,
                      r[6] % 1000)
            + (r[7] % 2 == 0 ? "+" : "-") + String(format: "%02d:%02d", offsetHours, [0, 30, 45, 56, 59, 60, 75][r[9] % 7])
    }

    @Test func agreesWithTheFormerCheckOnGeneratedFields() async {
        await propertyCheck(count: 20_000, input: Gen.int(in: 0...Int(Int32.max)).array(of: 10)) { r in
            let text = Self.text(r)
            #expect(JournalTime.milliseconds(text: text) == Self.formerMilliseconds(text: text), "\(text)")
        }
    }

    /// One character of a written text replaced: separators, signs, letters, digits.
    @Test func agreesWithTheFormerCheckOnCorruptedTexts() async {
        let replacements = Array("0123456789-+:.TZ t/é")
        await propertyCheck(count: 20_000, input: Gen.int(in: 0...Int(Int32.max)).array(of: 4)) { r in
            let milliseconds = Int64(r[0]) * 1_000_003 % (JournalTime.supported.upperBound / 2)
            var text = Array(JournalTime.text(milliseconds: milliseconds, offsetMinutes: r[1] % 1800 - 900))
            text[r[2] % text.count] = replacements[r[3] % replacements.count]
            let corrupted = String(text)
            #expect(JournalTime.milliseconds(text: corrupted) == Self.formerMilliseconds(text: corrupted), "\(corrupted)")
        }
    }

    @Test func writtenTextsReadBackExactly() async {
        let supported = JournalTime.supported
        await propertyCheck(count: 5000, input: Gen.int(in: Int(supported.lowerBound)...Int(supported.upperBound)),
                            Gen.int(in: -959...959)) { milliseconds, offset in
            let text = JournalTime.text(milliseconds: Int64(milliseconds), offsetMinutes: offset)
            #expect(JournalTime.milliseconds(text: text) == Int64(milliseconds), "\(text)")
        }
    }

    @Test(arguments: ["2026-02-29T00:00:00.000+08:00", "2026-04-31T00:00:00.000+08:00", "2026-13-01T00:00:00.000+08:00",
                      "2026-00-10T00:00:00.000+08:00", "2026-01-00T00:00:00.000+08:00", "2026-01-01T24:00:00.000+08:00",
                      "2026-01-01T00:60:00.000+08:00", "2026-01-01T00:00:60.000+08:00", "2026-01-01T00:00:00.000+08:60",
                      "2026-01-01T00:00:00.000-00:00", "2026-01-01 00:00:00.000+08:00", "2026/01/01T00:00:00.000+08:00"])
    func impossibleOrNonCanonicalTextsAreRefused(text: String) {
        #expect(JournalTime.milliseconds(text: text) == nil)
        #expect(Self.formerMilliseconds(text: text) == nil)
    }

    @Test func leapDaysAreAccepted() {
        for text in ["2024-02-29T12:00:00.000+08:00", "2000-02-29T12:00:00.000+08:00", "0000-02-29T12:00:00.000+00:00"] {
            #expect(JournalTime.milliseconds(text: text) != nil, "\(text)")
        }
        #expect(JournalTime.milliseconds(text: "1900-02-29T12:00:00.000+08:00") == nil)
    }
}

/// The calendar arithmetic the former check used, from its own copy, so the oracle shares no code with the new one.
private enum CivilCalendarOracle {
    static func days(_ year: Int64, _ month: Int64, _ day: Int64) -> Int64 {
        func floorDivide(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : -((-a + b - 1) / b) }
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
