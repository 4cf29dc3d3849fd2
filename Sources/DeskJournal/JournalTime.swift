import DeskCore
import Foundation

/// Entry times as text: `2026-11-27T13:34:00.123+08:00`, always this shape (29 characters).
/// Done by hand with integer arithmetic rather than a date formatter, so the text is the same on every
/// platform and `at` survives a round trip through the text exactly.
enum JournalTime {
    static let millisecondsPerDay = CivilCalendar.millisecondsPerDay

    /// Instants whose text has a four-digit year whatever the zone offset (years 0001–9999, a day's margin).
    static let supported: ClosedRange<Int64> =
        (CivilCalendar.days(year: 1, month: 1, day: 2) * millisecondsPerDay)
        ... (CivilCalendar.days(year: 9999, month: 12, day: 31) * millisecondsPerDay - 1)

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
        let days = CivilCalendar.floorDivide(local, millisecondsPerDay)
        let ofDay = local - days * millisecondsPerDay
        let (year, month, day) = CivilCalendar.date(days: days)
        let sign = offsetMinutes < 0 ? "-" : "+"
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
            + "T\(pad(ofDay / 3_600_000, 2)):\(pad(ofDay / 60_000 % 60, 2)):\(pad(ofDay / 1000 % 60, 2)).\(pad(ofDay % 1000, 3))"
            + "\(sign)\(pad(Int64(abs(offsetMinutes) / 60), 2)):\(pad(Int64(abs(offsetMinutes) % 60), 2))"
    }

    /// The instant named by text in exactly the shape `text` writes; nil for anything else.
    static func milliseconds(text written: String) -> Int64? {
        var written = written
        return written.withUTF8 { milliseconds(utf8: $0) }
    }

    /// The same, straight from the UTF-8 bytes (the reader hands SQLite's column text without making a String).
    /// Each field is checked by range — month 1–12, a day the month has, hour < 24, minute and second < 60,
    /// offset minutes < 60, no `-00:00` — which refuses exactly the spellings `text` never writes (2026-02-30,
    /// 25:00, `+01:75`…) without writing the instant back out to compare.
    static func milliseconds(utf8 b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 29, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
              b[23] == UInt8(ascii: "+") || b[23] == UInt8(ascii: "-"), b[26] == UInt8(ascii: ":"),
              let year = CivilCalendar.digits(b, 0..<4), let month = CivilCalendar.digits(b, 5..<7),
              let day = CivilCalendar.digits(b, 8..<10), let hour = CivilCalendar.digits(b, 11..<13),
              let minute = CivilCalendar.digits(b, 14..<16), let second = CivilCalendar.digits(b, 17..<19),
              let milli = CivilCalendar.digits(b, 20..<23), let offsetHours = CivilCalendar.digits(b, 24..<26),
              let offsetMinutes = CivilCalendar.digits(b, 27..<29),
              CivilCalendar.isValid(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60, offsetMinutes < 60
        else { return nil }
        let west = b[23] == UInt8(ascii: "-")
        let offset = (offsetHours * 60 + offsetMinutes) * (west ? -1 : 1)
        // `text` writes a zero offset as +00:00.
        if west && offset == 0 { return nil }
        let local = ((CivilCalendar.days(year: year, month: month, day: day) * 24 + hour) * 60 + minute) * 60_000
            + second * 1000 + milli
        return local - offset * 60_000
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
