import Foundation

extension Timestamp {
    /// `parse`, straight from UTF-8 bytes, and quick for the shape `format` writes (`2026-11-18T11:06:40.123Z`):
    /// replay reads a few dates per entry, and Foundation's ISO 8601 parser costs microseconds each.
    /// Anything else — another year range, an impossible day, a leap second — goes to `parse` itself, so the
    /// two always agree.
    static func parse(utf8 b: UnsafeBufferPointer<UInt8>) -> Date? {
        if let milliseconds = canonicalMilliseconds(b) { return date(milliseconds: milliseconds) }
        return parse(String(decoding: b, as: UTF8.self))
    }

    /// Years from 1600 only: before the Gregorian reform Foundation's calendar counts Julian days, which the
    /// proleptic arithmetic here would not match.
    private static func canonicalMilliseconds(_ b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 24, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"), b[10] == UInt8(ascii: "T"),
              b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"), b[19] == UInt8(ascii: "."),
              b[23] == UInt8(ascii: "Z"),
              let year = CivilCalendar.digits(b, 0..<4), let month = CivilCalendar.digits(b, 5..<7),
              let day = CivilCalendar.digits(b, 8..<10), let hour = CivilCalendar.digits(b, 11..<13),
              let minute = CivilCalendar.digits(b, 14..<16), let second = CivilCalendar.digits(b, 17..<19),
              let milli = CivilCalendar.digits(b, 20..<23),
              year >= 1600, CivilCalendar.isValid(year: year, month: month, day: day),
              hour < 24, minute < 60, second < 60
        else { return nil }
        return ((CivilCalendar.days(year: year, month: month, day: day) * 24 + hour) * 60 + minute) * 60_000
            + second * 1000 + milli
    }
}
