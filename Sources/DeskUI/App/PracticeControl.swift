import DeskTraining
import Foundation

/// What the desk needs of a training run (the driver plays the scenario on the journal): the
/// banner's words, the simulated clock's pause, and the scenario's lines played when due. Its
/// entries reach the desk the way other consoles' do, through the backend's catch-up.
public protocol PracticeControl: AnyObject {
    /// The scenario's name, for the banner.
    var scenarioName: String { get }
    var isPaused: Bool { get }
    /// The scenario's time is up: the desk closes and the debrief follows.
    var isOver: Bool { get }
    func togglePause()
    /// Writes the scenario's lines whose time has come; returns an error's words when one could not be played.
    func playDue() -> String?
    /// The run scored from its practice journal as it stands; nil when the journal cannot be read.
    func debrief() -> PracticeDebrief?
}

/// A run's debrief with the scenario it judges, as the desk shows it when the run ends.
public struct PracticeDebrief: Sendable, Equatable {
    public let debrief: Debrief
    public let scenario: Scenario

    public init(debrief: Debrief, scenario: Scenario) {
        self.debrief = debrief
        self.scenario = scenario
    }
}

/// The banner a training run puts in the header.
public struct PracticeBanner: Equatable, Sendable {
    public let scenario: String
    public let paused: Bool
}
