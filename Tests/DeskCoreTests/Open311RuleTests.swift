@testable import DeskCore
import Foundation
import Testing

/// Open311 service requests, decided by the core like any command: one case per request id.
@Suite struct Open311RuleTests {
    static func request(_ id: String = "638349", code: String = "006", closed: Bool = false, address: String? = "槐荫里3号楼",
                        updated: Date? = nil) -> ServiceRequest {
        ServiceRequest(requestID: id, serviceCode: code, serviceName: "Sidewalk and Curb Issues", closed: closed,
                       requestedAt: Desk.start, updatedAt: updated ?? Desk.start, expectedAt: Desk.start + .days(2),
                       address: address, lat: "37.762221815", long: "-122.4651145")
    }

    /// The demo street with `006` mapped to its road-damage category.
    static func desk() -> Desk {
        var profile = Desk.profile
        profile.open311 = Open311Mapping(services: [.init(code: "006", category: "traffic.road-damage")])
        var desk = Desk(profile: profile)
        desk.now = Desk.start + .hours(1)
        return desk
    }

    @Test func aRequestBecomesOneCaseKeepingItsPlaceAndTheSameRequestAgainChangesNothing() throws {
        var desk = Self.desk()
        let events = try desk.perform(.serviceRequest(Self.request()))
        guard case .caseTakenIn(let intake) = events.first, case .serviceRequestApplied(let applied) = events.last else {
            Issue.record("expected an intake and its request, got \(events)")
            return
        }
        #expect(intake.category == "traffic.road-damage" && intake.grid == grid1)
        #expect(intake.summary == "Sidewalk and Curb Issues" && intake.address == "槐荫里3号楼")
        #expect(intake.resolveBy == Desk.start + .days(2))
        #expect(!applied.flagged && applied.request.lat == "37.762221815")
        #expect(desk.state.serviceRequests["638349"] == intake.id)
        #expect(try desk.perform(.serviceRequest(Self.request())).isEmpty)
        #expect(desk.state.counts.cases == 1)
    }

    @Test func withoutAMappingTheCodeIsTheCategoryIdAndAnUnknownCodeIsFlaggedNotDropped() throws {
        var desk = Desk()
        let byID = try desk.perform(.serviceRequest(Self.request("1", code: "env.garbage")))
        guard case .caseTakenIn(let intake) = byID.first, case .serviceRequestApplied(let applied) = byID.last else { return }
        #expect(intake.category == "env.garbage" && !applied.flagged)
        let unknown = try desk.perform(.serviceRequest(Self.request("2", code: "006", address: nil)))
        guard case .caseTakenIn(let guessed) = unknown.first, case .serviceRequestApplied(let flagged) = unknown.last else { return }
        #expect(guessed.category == "other" && flagged.codeUnmapped && flagged.addressUnmapped)
        #expect(desk.state.cases[guessed.id]?.flaggedForTriage == true)
    }

    @Test func aRequestTheFeedClosedIsConcludedAndAClosingUpdateConcludesTheCase() throws {
        var desk = Self.desk()
        let closed = try desk.perform(.serviceRequest(Self.request("638344", closed: true)))
        #expect(closed.map(\.kind) == ["case.intake", "case.open311", "case.resolved", "case.closed"])
        let open = try desk.perform(.serviceRequest(Self.request()))
        guard case .caseTakenIn(let intake) = open.first else { return }
        let update = try desk.perform(.serviceRequest(Self.request(closed: true, updated: Desk.start + .days(1))))
        #expect(update.map(\.kind) == ["case.open311", "case.resolved", "case.closed"])
        #expect(desk.state.cases[intake.id]?.status == .closed)
        #expect(desk.state.cases[intake.id]?.serviceRequest?.applied.request.updatedAt == Desk.start + .days(1))
    }

    @Test func aRequestWithoutAnIdOrCodeIsRefused() {
        let desk = Self.desk()
        #expect(desk.refuses(.serviceRequest(Self.request(" "))) == .missing(field: FieldLabel.serviceRequestID))
        #expect(desk.refuses(.serviceRequest(Self.request(code: ""))) == .missing(field: FieldLabel.serviceCode))
    }

    @Test func aProfileMappingToAnUnknownCategoryIsRefused() throws {
        var profile = Desk.profile
        profile.open311 = Open311Mapping(services: [.init(code: "006", category: "no.such")])
        #expect(throws: ProfileError.self) { try profile.validate(file: "street.yaml") }
    }
}

extension Desk {
    init(profile: StreetProfile) { try! perform(.configure(profile)) }
}
