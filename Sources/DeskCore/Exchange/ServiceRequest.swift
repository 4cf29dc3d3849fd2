import Foundation

/// One Open311 GeoReport v2 service request as a city's feed gives it (`GET requests`): what
/// `DeskCommand.serviceRequest` takes in, or applies to the case it already created. Every field
/// but the id and the service code may be missing in a real feed; text is kept as given.
public struct ServiceRequest: Codable, Sendable, Equatable {
    /// `service_request_id`: the key; one case per request.
    public var requestID: String
    public var serviceCode: String
    public var serviceName: String?
    /// `open` or `closed` (it has been resolved).
    public var closed: Bool
    public var statusNotes: String?
    public var description: String?
    public var agencyResponsible: String?
    public var serviceNotice: String?
    public var requestedAt: Date?
    public var updatedAt: Date?
    public var expectedAt: Date?
    public var address: String?
    public var addressID: String?
    public var zipcode: String?
    /// WGS84 degrees, kept as the feed wrote them so that an export gives back the same digits.
    public var lat: String?
    public var long: String?
    public var mediaURL: String?

    public init(requestID: String, serviceCode: String, serviceName: String? = nil, closed: Bool = false,
                statusNotes: String? = nil, description: String? = nil, agencyResponsible: String? = nil,
                serviceNotice: String? = nil, requestedAt: Date? = nil, updatedAt: Date? = nil, expectedAt: Date? = nil,
                address: String? = nil, addressID: String? = nil, zipcode: String? = nil, lat: String? = nil,
                long: String? = nil, mediaURL: String? = nil) {
        self.requestID = requestID
        self.serviceCode = serviceCode
        self.serviceName = serviceName
        self.closed = closed
        self.statusNotes = statusNotes
        self.description = description
        self.agencyResponsible = agencyResponsible
        self.serviceNotice = serviceNotice
        self.requestedAt = requestedAt
        self.updatedAt = updatedAt
        self.expectedAt = expectedAt
        self.address = address
        self.addressID = addressID
        self.zipcode = zipcode
        self.lat = lat
        self.long = long
        self.mediaURL = mediaURL
    }

    enum CodingKeys: String, CodingKey {
        case requestID = "requestID"
        case serviceCode = "serviceCode"
        case serviceName = "serviceName"
        case closed = "closed"
        case statusNotes = "statusNotes"
        case description = "description"
        case agencyResponsible = "agencyResponsible"
        case serviceNotice = "serviceNotice"
        case requestedAt = "requestedAt"
        case updatedAt = "updatedAt"
        case expectedAt = "expectedAt"
        case address = "address"
        case addressID = "addressID"
        case zipcode = "zipcode"
        case lat = "lat"
        case long = "long"
        case mediaURL = "mediaURL"
    }
}

/// An Open311 service request as last applied to its case (`case.open311`, format 4): written with
/// the intake it creates, and again whenever the feed's request changes, so that taking the same
/// feed in twice changes nothing.
public struct ServiceRequestApplied: Codable, Sendable, Equatable {
    public var id: CaseID
    public var request: ServiceRequest
    /// Whether the service code or the address could not be mapped (flagged for triage).
    public var codeUnmapped: Bool
    public var addressUnmapped: Bool

    public init(id: CaseID, request: ServiceRequest, codeUnmapped: Bool, addressUnmapped: Bool) {
        self.id = id
        self.request = request
        self.codeUnmapped = codeUnmapped
        self.addressUnmapped = addressUnmapped
    }

    enum CodingKeys: String, CodingKey {
        case id = "id"
        case request = "request"
        case codeUnmapped = "codeUnmapped"
        case addressUnmapped = "addressUnmapped"
    }

    public var flagged: Bool { codeUnmapped || addressUnmapped }
}

/// The service request a case was taken in from, and when it was last applied: an export tells
/// the feed's own times until the street changes the case after that.
public struct ServiceRequestRecord: Sendable, Equatable {
    public let applied: ServiceRequestApplied
    public let at: Date
}
