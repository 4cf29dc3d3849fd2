@testable import DeskCore
import DeskDemo
import Foundation
import Testing

/// 主题: cases tagged with the profile's themes, one action of the vocabulary, counted in a slice
/// of their own (`report --by tag`).
@Suite struct ThemeTagTests {
    @Test func aTagIsRecordedShownAndTakenOff() throws {
        var desk = Desk()
        let id = try desk.intake()
        try desk.action("tag", id.raw, ["theme": ["heating"]])
        #expect(desk.state.cases[id]?.tags == ["heating"])
        #expect(desk.written.last == .caseTagged(CaseTagged(id: id, theme: "heating")))
        #expect(desk.written.last?.kind == "case.tagged")
        try desk.action("untag", id.raw, ["theme": ["heating"]])
        #expect(desk.state.cases[id]?.tags == [])
        #expect(desk.written.last?.kind == "case.untagged")
    }

    @Test func whatCannotBeTaggedIsRefusedAndSaysWhy() throws {
        var desk = Desk()
        let id = try desk.intake()
        #expect(desk.refuses(.tag(id, theme: "heatng")) == .unknownTheme("heatng"))
        #expect(desk.refuses(.untag(id, theme: "heating")) == .notTagged(id, nil))
        #expect(desk.state.offers(for: desk.state.cases[id]!, at: desk.now, by: "李明").contains(.untag) == false)
        try desk.perform(.tag(id, theme: "heating"))
        #expect(desk.refuses(.tag(id, theme: "heating")) == .alreadyTagged(id, "heating"))
        #expect(desk.refuses(.untag(id, theme: "parking")) == .notTagged(id, "parking"))
        for theme in ["parking", "old-estates", "night-works"] as [ThemeID] { try desk.perform(.tag(id, theme: theme)) }
        // Every theme on it: nothing left to tag with, and the desk no longer offers it.
        #expect(desk.state.offers(for: desk.state.cases[id]!, at: desk.now, by: "李明").contains(.tag) == false)
    }

    @Test func aStreetWithoutThemesHasNothingToTagWith() throws {
        var profile = Desk.profile
        profile.themes = nil
        var state = DeskState()
        for event in try state.decide(.configure(profile), at: Desk.start) {
            state.apply(Recorded(seq: 1, at: Desk.start, operatorName: "李明", console: "t", event: event))
        }
        #expect(state.refusal(.tag, on: "C0001", at: Desk.start, by: nil) == .unknownCase("C0001"))
        #expect(state.scopes(.tag).isEmpty)
    }

    /// A case counts under each of its themes and an untagged one under none, so the tag slices
    /// need not sum to the street; tagged after the fact, the case moves into the slice on the
    /// days it was counted, and a settled case can still be tagged.
    @Test func theTagSliceCountsEachTaggedCaseOnItsOwnDays() throws {
        var desk = Desk()
        let today = desk.state.street!.calendar.day(desk.now)
        let a = try desk.intake(), b = try desk.intake(), c = try desk.intake()
        desk.advance(.hours(1))
        try desk.settle(a)
        desk.advance(.days(2))
        try desk.perform(.tag(a, theme: "heating"))
        try desk.perform(.tag(b, theme: "heating"))
        try desk.perform(.tag(b, theme: "old-estates"))
        let days = today...(today + 2)
        let heating = desk.state.figures(.theme("heating"), days: days, at: desk.now)
        let estates = desk.state.figures(.theme("old-estates"), days: days, at: desk.now)
        #expect(heating.cases.takenIn == 2 && heating.cases.closed == 1 && heating.rates.due == 2 && heating.rates.respondedOnTime == 1)
        #expect(estates.cases.takenIn == 1)
        #expect(desk.state.figures(.street, days: days, at: desk.now).cases.takenIn == 3)
        #expect(desk.state.figures(by: .tag, days: days, at: desk.now).map(\.scope) == [.theme("heating"), .theme("old-estates")])
        #expect(desk.state.cases(behind: .takenIn, in: .theme("heating"), days: days, at: desk.now) == [a, b])
        #expect(desk.state.cases(behind: .takenIn, in: .theme("heating"), days: days, at: desk.now).contains(c) == false)
        try desk.perform(.untag(b, theme: "heating"))
        #expect(desk.state.figures(.theme("heating"), days: days, at: desk.now).cases.takenIn == 1)
    }

    /// The random histories the replay and restore tests fold do tag and untag.
    @Test func randomHistoriesTagAndUntag() {
        let kinds = Set(RandomCommand.play(Array(stride(from: 0, to: 12_000, by: 13))).written.map(\.eventKind))
        #expect(kinds.contains(.caseTagged) && kinds.contains(.caseUntagged))
    }

    @Test func theMonthsThemeIsTheOneNamingItsMonth() {
        let street = Street(Desk.profile)
        #expect(street.monthlyTheme(on: street.calendar.day(Desk.start))?.id == "heating")
        #expect(street.monthlyTheme(on: street.calendar.day(Desk.start) + 20)?.id == "parking")
        #expect(street.monthlyTheme(on: street.calendar.day(Desk.start) + 60) == nil)
    }
}

@Suite struct ThemeProfileTests {
    func problem(_ yaml: String) -> ProfileError? {
        do { _ = try StreetProfile.parse(yaml: yaml, file: "street.yaml"); return nil } catch { return error }
    }

    @Test func aThemeNamedTwiceOrABadMonthIsNamedByKeyPath() {
        let twice = DemoProfile.yaml.replacingOccurrences(of: "id: parking,", with: "id: heating,")
        #expect(twice != DemoProfile.yaml)
        #expect(problem(twice)?.location == "themes[1].id")
        let month = DemoProfile.yaml.replacingOccurrences(of: "month: \"2026-12\"", with: "month: \"2026-13\"")
        #expect(month != DemoProfile.yaml)
        #expect(problem(month)?.location == "themes[1].month")
        let again = DemoProfile.yaml.replacingOccurrences(of: "month: \"2026-12\"", with: "month: \"2026-11\"")
        #expect(problem(again)?.location == "themes[1].month")
        let misspelt = DemoProfile.yaml.replacingOccurrences(of: "{ id: old-estates, name:", with: "{ id: old-estates, title:")
        #expect(problem(misspelt)?.location.hasPrefix("themes[2].") == true)
        #expect(problem(DemoProfile.yaml) == nil)
    }
}
