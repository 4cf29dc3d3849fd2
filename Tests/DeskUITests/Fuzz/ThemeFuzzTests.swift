import DeskCore
import DeskThemes
import DeskUI
import Testing

/// The theme loader: the built-in theme files, mutated. A theme is taken whole or refused with a
/// `ThemeError`; a taken one gives a terminal style for every role at every colour depth.
@Suite struct ThemeFuzzTests {
    @Test func themesAreTakenWholeOrRefused() {
        let seeds = BuiltinThemes.names.compactMap(BuiltinThemes.text(named:))
        var taken = 0
        Fuzz.inputs(seeds, iterations: 3000, harness: 5) { yaml in
            do {
                let theme = try Theme.parse(yaml, file: "fuzz.yaml")
                for role in Role.allCases {
                    for depth in ColorDepth.allCases { _ = theme.terminalStyle(for: role, depth: depth) }
                }
                taken += 1
            } catch let error as ThemeError {
                _ = error.message(.en)
            } catch {
                Issue.record("not a theme error: \(error)")
            }
        }
        #expect(taken > 0, "some mutations keep a valid theme")
    }
}
