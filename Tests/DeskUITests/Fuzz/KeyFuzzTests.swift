import DeskCore
import DeskUI
import Testing
@testable import DeskDemo

/// Keys as the terminal driver hands them to the desk: random sequences over every kind of key,
/// with frames rendered at sizes from 1×1 up, on the demo street. Nothing traps; whatever the
/// keys do goes through the core's rules.
@Suite struct KeyFuzzTests {
    static let keys: [Key] = [.up, .down, .left, .right, .enter, .escape, .tab, .backTab, .backspace, .delete, .home, .end,
                              .pageUp, .pageDown, .resize, .function(1), .function(2), .function(12), .function(0), .function(99)]
        + ":/?qjkgGyn0123456789irctufbxemowdsa -".map { Key.char($0) }
        + ["中", "网", "\u{1B}", "\u{9B}", "\u{202E}", "👩‍👩‍👧", "\t", "\n"].map { Key.char($0) }
        + "aeuklsh[".map { Key.ctrl($0) }
    static let sizes = [(1, 1), (2, 1), (10, 3), (40, 10), (80, 24), (200, 60)]

    @Test func randomKeySequencesNeverTrap() {
        var generator = SeededGenerator(seed: Fuzz.seed &+ 6)
        for _ in 0..<(60 * Fuzz.scale) {
            let (app, _) = Fixture.app(generator.chance(0.5) ? .zh : .en)
            for step in 0..<200 {
                _ = app.handle(generator.pick(Self.keys))
                if step % 20 == 0 {
                    let (width, height) = generator.pick(Self.sizes)
                    _ = app.render(width: width, height: height)
                }
            }
        }
    }
}
