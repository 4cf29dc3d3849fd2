import DeskCore
import DeskDemo
import DeskUI
import Foundation
import Testing

/// The street profile loader: the demo street's YAML and a small street, mutated. A profile is
/// taken whole or refused with a `ProfileError`; a taken one configures a journal and takes in a
/// case of every time-limit class without trapping.
@Suite struct ProfileFuzzTests {
    static let demo = DemoProfile.yaml
    static let small = """
        street: { code: "110101099", name: 示范街道, district: 东城区, timeZone: Asia/Shanghai }
        communities: [{ code: "001", name: 槐荫社区 }]
        grids:
          - { code: "110101099001001", name: 槐荫第一网格, community: "001", row: 0, column: 0, worker: { name: 王芳, phone: "13800000001" },
              serviceItems: [探访], supervisionTasks: [巡查] }
        departments: [{ id: water, name: 供水, kind: public-service, utility: water }]
        categories:
          - { id: env, name: 市容环境, timeLimit: general, department: water, children: [{ id: env.garbage, name: 垃圾 }] }
        timeLimits:
          urgent: { respond: 30m, resolve: 2h }
          utilities: { respond: 2h, resolve: 24h }
          general: { respond: 24h, resolve: 7d }
          complex: { respond: 24h, resolve: 15d }
        whistleReportBy: { emergency: 30m, tough: 4h, routine: 24h }
        dueSoonFraction: 0.2
        rateWeights: { response: 10, resolution: 45, satisfaction: 45 }
        """

    @Test func theSmallStreetIsAValidSeed() throws {
        _ = try StreetProfile.parse(yaml: Self.small, file: "small.yaml")
    }

    @Test func profilesAreTakenWholeOrRefusedByKey() {
        var taken = 0
        Fuzz.inputs([Self.small, Self.small, Self.demo], iterations: 1000, harness: 4) { taken += Self.load($0) }
        Fuzz.values([Self.small], iterations: 1000, harness: 9) { taken += Self.load($0.joined(separator: " ")) }
        #expect(taken > 0, "some mutations keep a valid profile")
    }

    /// 1 when the profile is taken (and used), 0 when it is refused.
    static func load(_ yaml: String) -> Int {
        do {
            try use(try StreetProfile.parse(yaml: yaml, file: "fuzz.yaml"))
            return 1
        } catch let error as ProfileError {
            _ = error.message(.zh)
        } catch {
            Issue.record("not a profile error: \(error)")
        }
        return 0
    }

    /// Configure a journal with it, take in a case of every class at the first grid and category,
    /// and draw every board of the street.
    static func use(_ profile: StreetProfile) throws {
        var state = DeskState()
        func record(_ events: [DeskEvent]) {
            for event in events {
                _ = EventCoding.encode(event)
                state.apply(Recorded(seq: state.lastSeq + 1, at: Fixture.now, operatorName: "fuzz", console: "fuzz", event: event))
            }
        }
        record(try state.decide(.configure(profile), at: Fixture.now))
        if let grid = profile.grids.first?.code, let category = profile.categories.first?.id {
            for urgency in TimeLimitClass.allCases {
                let intake = DeskCommand.intake(.init(type: .complaint, category: category, grid: grid, summary: "fuzz", urgency: urgency))
                if let events = try? state.decide(intake, at: Fixture.now) { record(events) }
            }
        }
        let app = DeskApp(backend: MemoryBackend(state: state, history: []), language: .zh, theme: try Theme.load(name: "dark"),
                          clock: { Fixture.now })
        for board in "123456" {
            app.press(.char(board), .down, .enter)
            _ = app.render(width: 80, height: 24)
            app.press(.escape)
        }
    }
}
