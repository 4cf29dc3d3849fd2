import Foundation

/// Entry times as text: `2026-11-27T13:34:00.123+08:00`, always this shape (29 characters).
/// Done by hand with integer arithmetic rather than a date formatter, so the text is the same on every
/// platform and `at` survives a round trip through the text exactly.
enum JournalTime {
    static let millisecondsPerDay: Int64 = 86_400_000

    /// Instants whose text has a four-digit year whatever the zone offset (years 0001–9999, a day's margin).
    static let supported: ClosedRange<Int64> =
        (daysFromCivil(year: 1, month: 1, day: 2) * millisecondsPerDay)...(daysFromCivil(year: 9999, month: 12, day: 31) * millisecondsPerDay - 1)

    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The zone's offset at that instant, in whole minutes (pre-1901 local mean times have seconds; they are dropped,
    /// and the text still names the same instant).
    static func text(milliseconds: Int64, timeZone: TimeZone) -> String {
        let offsetSeconds = timeZone.secondsFromGMT(for: date(milliseconds: milliseconds))
        return text(milliseconds: milliseconds, offsetMinutes: offsetSeconds / 60)
    }

    static func text(milliseconds: Int64, offsetMinutes: Int) -> String {
        let local = milliseconds + Int64(offsetMinutes) * 60_000
        let days = floorDivide(local, millisecondsPerDay)
        let ofDay = local - days * millisecondsPerDay
        let (year, month, day) = civil(fromDays: days)
        let sign = offsetMinutes < 0 ? "-" : "+"
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            + "T\(pad(ofDay / 3_600_000, 2)):\(pad(ofDay / 60_000 % 60, 2)):\(pad(ofDay / 1000 % 60, 2)).\(pad(ofDay % 1000, 3))"
            + "\(sign)\(pad(Int64(abs(offsetMinutes) / 60), 2)):\(pad(Int64(abs(offsetMinutes) % 60), 2))"
    }

    /// The instant named by text in exactly the shape `text` writes; nil for anything else (including impossible dates).
    static func milliseconds(text written: String) -> Int64? {
        let b = Array(written.utf8)
        guard b.count == 29, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
              b[23] == UInt8(ascii: "+") || b[23] == UInt8(ascii: "-"), b[26] == UInt8(ascii: ":"),
              let year = number(b[0..<4]), let month = number(b[5..<7]), let day = number(b[8..<10]),
              let hour = number(b[11..<13]), let minute = number(b[14..<16]), let second = number(b[17..<19]),
              let milli = number(b[20..<23]), let offsetHours = number(b[24..<26]), let offsetMinutes = number(b[27..<29])
        else { return nil }
        let offset = Int((offsetHours * 60 + offsetMinutes) * (b[23] == UInt8(ascii: "-") ? -1 : 1))
        let local = ((daysFromCivil(year: year, month: month, day: day) * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + milli
        let result = local - Int64(offset) * 60_000
        // Writing it back must give the same text: this rejects 2026-02-30, 25:00 and other non-canonical spellings.
        return text(milliseconds: result, offsetMinutes: offset) == written ? result : nil
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for d in digits {
            guard d >= UInt8(ascii: "0"), d <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int64(d - UInt8(ascii: "0"))
        }
        return value
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivide(_ a: Int64, _ b: Int64) -> Int64 {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    // Proleptic Gregorian calendar <-> days since 1970-01-01 (Howard Hinnant's algorithms).

    static func daysFromCivil(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = floorDivide(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civil(fromDays days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = floorDivide(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
