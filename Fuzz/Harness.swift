import DeskCore
import Foundation

/// libFuzzer's entry (see libfuzzer.sh): the first byte picks a parser, the rest is its input.
/// The seeded harnesses in Tests/DeskUITests/Fuzz run in CI; this one runs by hand, for hours.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let input = UnsafeBufferPointer(start: data + 1, count: size - 1)
    let text = String(decoding: input, as: UTF8.self)
    let now = Date(timeIntervalSince1970: 1_795_759_200)
    switch data[0] % 4 {
    case 0:
        // An entry: its kind, a line break, its payload.
        guard let newline = input.firstIndex(of: 0x0A) else { return 0 }
        let kind = String(decoding: UnsafeBufferPointer(rebasing: input[..<newline]), as: UTF8.self)
        if let event = try? EventCoding.decode(kind: kind, utf8: UnsafeBufferPointer(rebasing: input[(newline + 1)...])) {
            _ = EventCoding.encode(event)
        }
    case 1:
        if let span = TimeSpan(parsing: text) { _ = Timestamp.format(now + span) }
        if let date = try? ClockText.read(text, field: "at", in: StreetCalendar.beijing, now: now) {
            _ = Timestamp.format(date) + ClockText.countdown(to: date, from: now)
        }
    case 2:
        let words = ActionLine.words(text)
        guard let name = words.first, let spec = ActionCatalog.named(name) else { return 0 }
        var arguments = ActionArguments(streetCode: "110101099", now: now, timeZone: StreetCalendar.beijing)
        try? ActionLine.read(Array(words.dropFirst()), for: spec, into: &arguments)
        _ = try? spec.command(arguments)
    default:
        if let profile = try? StreetProfile.parse(yaml: text, file: "fuzz.yaml"),
           let events = try? DeskState().decide(.configure(profile), at: now) {
            for event in events { _ = EventCoding.encode(event) }
        }
    }
    return 0
}
