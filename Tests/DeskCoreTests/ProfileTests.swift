@testable import DeskCore
import DeskDemo
import Testing

@Suite struct ProfileTests {
    @Test func demoProfileHasAWholeStreet() throws {
        let profile = try DemoProfile.load()
        #expect(profile.street.demo == true)
        #expect(profile.communities.count >= 4)
        #expect(profile.grids.count >= 24)
        #expect(profile.departments.count >= 15)
        #expect(Set(profile.departments.compactMap(\.utility)) == Set(UtilityKind.allCases))
        let street = Street(profile)
        #expect(street.categories["utilities.gas-leak"]?.timeLimit == .urgent)
        #expect(street.categories["env.garbage"]?.path == "市容环境 › 垃圾清运不及时")
    }

    @Test func gridCodeParts() {
        let code = GridCode("110101099002003")!
        #expect(code.district == "110101")
        #expect(code.street == "099")
        #expect(code.community == "002")
        #expect(code.sequence == "003")
        #expect(GridCode("11010109900200") == nil)
        #expect(GridCode("11010109900200x") == nil)
    }

    func problem(_ yaml: String) -> ProfileError? {
        do { _ = try StreetProfile.parse(yaml: yaml, file: "street.yaml"); return nil } catch { return error }
    }

    @Test func badGridCodeIsNamedByKeyPath() {
        let yaml = DemoProfile.yaml.replacingOccurrences(of: "\"110101099001002\"", with: "\"11010109900100\"")
        let error = problem(yaml)
        #expect(error?.file == "street.yaml")
        #expect(error?.location == "grids[1].code")
        #expect(error?.problem.en.contains("15-digit") == true)
    }

    /// A tile a million rows down would make the map board lay out a million rows.
    @Test func aMapRowBeyondTheBoundIsNamed() {
        let yaml = DemoProfile.yaml.replacingOccurrences(of: "    row: 0\n    column: 1\n", with: "    row: 1000000\n    column: 1\n")
        #expect(yaml != DemoProfile.yaml)
        let error = problem(yaml)
        #expect(error?.location == "grids[0].row")
        #expect(error?.problem.en.contains("between 0 and 999") == true)
    }

    @Test func unknownDepartmentReferenceIsNamed() {
        let yaml = DemoProfile.yaml.replacingOccurrences(of: "department: sanitation", with: "department: nowhere")
        let error = problem(yaml)
        #expect(error?.location.hasPrefix("categories[") == true)
        #expect(error?.problem.en == "unknown department 'nowhere'")
        // The same problem in the officer's language, with the place to fix it.
        #expect(error?.message(.zh).hasSuffix(": 未知部门“nowhere”") == true)
        #expect(error?.message(.zh).hasPrefix("street.yaml: categories[") == true)
    }

    @Test func missingKeyAndMalformedYAML() {
        #expect(problem("street:\n  code: \"110101099\"\n")?.location == "street.name")
        let error = problem("street: [unclosed\n  name: x\n")
        #expect(error?.location.hasPrefix("line ") == true)
        #expect(error?.problem.en.hasPrefix("malformed YAML") == true)
    }

    @Test func gridOutsideItsCommunityIsRefused() {
        let yaml = DemoProfile.yaml.replacingOccurrences(of: "code: \"110101099001001\"", with: "code: \"110101099002901\"")
        #expect(problem(yaml)?.problem.en.contains("not in community 001") == true)
    }
}

@Suite struct ProfileKeyTests {
    @Test func aMisspeltKeyIsNamedWithItsLine() throws {
        let yaml = DemoProfile.yaml.replacingOccurrences(of: "        timeLimit: complex", with: "        timelimit: complex")
        #expect(yaml != DemoProfile.yaml)
        do {
            _ = try StreetProfile.parse(yaml: yaml, file: "street.yaml")
            Issue.record("a misspelt key was accepted")
        } catch {
            #expect(error.location.hasPrefix("line "))
            #expect(error.location.contains("categories["))
            #expect(error.problem.en.contains("unknown key 'timelimit'"))
            #expect(error.problem.en.contains("timeLimit"))
        }
    }
}

@Suite struct ProfileClockTests {
    @Test func aRespondClockLongerThanItsResolveClockIsRefused() {
        let yaml = DemoProfile.yaml.replacingOccurrences(of: "urgent:    { respond: 30m, resolve: 2h }", with: "urgent:    { respond: 3h, resolve: 2h }")
        #expect(yaml != DemoProfile.yaml)
        do {
            _ = try StreetProfile.parse(yaml: yaml, file: "street.yaml")
            Issue.record("accepted")
        } catch {
            #expect(error.location == "timeLimits.urgent")
            #expect(error.problem.en == "respond (3h) is longer than resolve (2h)")
        }
    }
}
