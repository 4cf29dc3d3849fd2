import DeskCore
@testable import DeskUI
import Testing

/// Pictures in block characters: heights and lengths that read without colour.
@Suite struct BlockChartTests {
    @Test func aSparklineScalesToItsLargestAndKeepsOneApartFromNone() {
        #expect(BlockChart.sparkline([0, 1, 4, 8, 2]) == "▁▂▅█▃")
        #expect(BlockChart.sparkline([0, 1, 100]) == "▁▂█")
        #expect(BlockChart.sparkline([0, 0, 0]) == "▁▁▁")
        #expect(BlockChart.sparkline([]) == "")
    }

    @Test func aBarFillsEighthsOfItsWidth() {
        #expect(BlockChart.bar(1, width: 4) == "████")
        #expect(BlockChart.bar(0.5, width: 4) == "██  ")
        #expect(BlockChart.bar(0.53, width: 4) == "██▏ ")
        #expect(BlockChart.bar(0, width: 3) == "   ")
        #expect(BlockChart.bar(1.7, width: 2) == "██")
        for fraction in stride(from: 0.0, through: 1.0, by: 0.01) { #expect(DisplayWidth.width(of: BlockChart.bar(fraction, width: 10)) == 10) }
    }

    @Test func aRateCellShowsNoCasesAsADot() {
        #expect(BlockChart.rateCell(nil) == "·")
        #expect(BlockChart.rateCell(1) == "█" && BlockChart.rateCell(0) == "▁")
    }
}

/// The Today board draws the day's intake and the week's hotspots from the core's figures.
@Suite struct TodayPicturesTests {
    @Test(arguments: [(80, 24), (120, 40)], Language.allCases)
    func theTodayBoardShowsTheHoursAndTheTopHotspot(_ size: (Int, Int), _ language: Language) throws {
        let (app, backend) = Fixture.app(language)
        app.press(.char("6"))
        let view = try #require(app.view())
        let text = app.text(width: size.0, height: size.1)
        let today = backend.state.street!.calendar.day(Fixture.now)
        let hours = Array(backend.state.intakeByHour(on: today).prefix(15))  // 14:00: hours 0 to 14
        #expect(text.contains(BlockChart.sparkline(hours)), "\(text)")
        let top = try #require(backend.state.weeksHotspots(at: Fixture.now).first)
        #expect(text.contains(TodayPictures.name(top, view, short: true)))
        #expect(text.contains(view.t(BoardText.peakHour(hours.indices.max { hours[$0] < hours[$1] }!, hours.max()!))))
    }
}
