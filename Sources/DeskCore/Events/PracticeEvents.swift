import Foundation

/// Marks a journal as a practice journal (练习), written second, right after the street: which
/// scenario it plays (its whole text, so the journal alone can be scored), who the trainee is and
/// at what speed the clock ran. Operations commands refuse a journal that has it.
public struct PracticeStarted: Codable, Sendable, Equatable {
    /// The scenario's id (`triage-four`, or a file's own id).
    public var scenario: String
    /// The scenario file's text as it was played.
    public var text: String
    public var trainee: String
    public var speed: Double

    public init(scenario: String, text: String, trainee: String, speed: Double) {
        self.scenario = scenario
        self.text = text
        self.trainee = trainee
        self.speed = speed
    }

    enum CodingKeys: String, CodingKey {
        case scenario = "scenario"
        case text = "text"
        case trainee = "trainee"
        case speed = "speed"
    }
}
