import DeskCore
import Foundation

/// Checks an officer's credential at sign-on (签到), and holds the console for a while after
/// repeated wrong guesses. The check itself is the caller's (the staff file, in the product).
public final class SignOnCheck {
    private let admits: (_ name: String, _ secret: String) -> Bool
    /// Wrong guesses in a row before the console waits, and how long it waits (defaults).
    public static let guesses = 3
    public static let wait: TimeInterval = 30
    private var wrong = 0
    private var heldUntil: Date?

    /// Said under the PIN field: the demo street's own PIN, which its README prints anyway.
    public let hint: String?

    public init(hint: String? = nil, admits: @escaping (_ name: String, _ secret: String) -> Bool) {
        self.hint = hint
        self.admits = admits
    }

    /// Nil when `secret` is `name`'s; otherwise what to say.
    func check(_ name: String, _ secret: String, at now: Date) -> Phrase? {
        if let heldUntil, now < heldUntil { return ChromeText.signOnHeld(seconds: Int(heldUntil.timeIntervalSince(now).rounded(.up))) }
        if admits(name, secret) {
            wrong = 0
            heldUntil = nil
            return nil
        }
        wrong += 1
        guard wrong >= Self.guesses else { return ChromeText.wrongSecret(name) }
        wrong = 0
        heldUntil = now + Self.wait
        return ChromeText.signOnHeld(seconds: Int(Self.wait))
    }
}

/// The PIN or passphrase being typed for an officer picked at sign-on; drawn as dots.
public struct SecretEntry: Sendable {
    public let name: String
    public var field = TextField()
    /// Why the last try did not sign on.
    public var error: String?

    public init(name: String, error: String? = nil) {
        self.name = name
        self.error = error
    }
}
