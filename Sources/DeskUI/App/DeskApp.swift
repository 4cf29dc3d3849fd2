import DeskCore
import Foundation

/// The desk as a program the terminal driver runs: keys go through `Screen.update`; the
/// effects it asks for go to the backend (the journal); every frame is a pure render.
public final class DeskApp: TerminalProgram {
    public var theme: Theme
    public private(set) var screen: Screen
    let backend: DeskBackend
    let clock: () -> Date
    /// The training run the desk is open for; nil at an operations desk.
    let practice: PracticeControl?
    /// Checks officers' credentials at sign-on; nil where the journal keeps none (operators unverified).
    let signOnCheck: SignOnCheck?
    private var lastMinute = 0
    private let lists = BoardLists()
    /// The last timeline read from the journal, while its detail stays open.
    private var timelineCache: (seqs: [Int64], entries: [Recorded]) = ([], [])

    public init(backend: DeskBackend, language: Language, theme: Theme, clock: @escaping () -> Date = Date.init,
                practice: PracticeControl? = nil, signOnCheck: SignOnCheck? = nil) {
        self.backend = backend
        self.signOnCheck = signOnCheck
        self.theme = theme
        self.clock = clock
        self.practice = practice
        screen = Screen(language: language)
    }

    /// Opens on the sign-on list: who is at the console is chosen before anything else. An officer
    /// already named (`--operator`) is asked only for their credential, where the journal keeps them.
    public func signOn(as name: String? = nil) {
        let staff = backend.state.street?.profile.staff ?? []
        if let name, signOnCheck != nil, staff.contains(where: { $0.name == name }) {
            screen.overlay = .secret(SecretEntry(name: name))
        } else {
            screen.overlay = .signOn(pick: staff.firstIndex { $0.name == (name ?? backend.operatorName) } ?? 0)
        }
    }

    /// Another officer at the console: what the one before revealed is not theirs to see.
    private func signOn(_ name: String) {
        backend.operatorName = name
        screen.revealedPhone = nil
    }

    /// Shows a message on the status line, e.g. that the demo journal was just created.
    public func announce(_ text: String) {
        screen.status = .info(text)
    }

    /// The frame's view of the desk; nil before a street profile exists.
    func view() -> FrameContext? {
        guard let street = backend.state.street else { return nil }
        var view = FrameContext(state: backend.state, street: street, now: clock(), language: screen.language,
                                operatorName: backend.operatorName, journalPath: backend.journalPath,
                                timeline: { [unowned self] in self.timeline($0) }, lists: lists,
                                practice: practice.map { PracticeBanner(scenario: $0.scenarioName, paused: $0.isPaused) },
                                damage: backend.damage, revealedPhone: screen.shownPhone, credentialsRequired: signOnCheck != nil,
                                signOnHint: signOnCheck?.hint)
        view.period = screen.period
        return view
    }

    private func timeline(_ seqs: [Int64]) -> [Recorded] {
        if timelineCache.seqs != seqs { timelineCache = (seqs, (try? backend.entries(seqs)) ?? []) }
        return timelineCache.entries
    }

    public func render(width: Int, height: Int) -> Canvas {
        guard let view = view() else {
            var canvas = Canvas(width: width, height: height)
            let words = backend.damage?.message(screen.language) ?? DeskError.noStreet.message(screen.language)
            canvas.put(words, x: 1, y: 1, role: .error)
            return canvas
        }
        return ScreenRenderer.render(screen, view, width: width, height: height)
    }

    /// The terminal's new size: paging and layout follow it. The frame is drawn at whatever size
    /// `render` is given; nothing in drawing changes the screen's state.
    public func resize(width: Int, height: Int) {
        screen.layout = ScreenLayout(width: width, height: height)
    }

    public func handle(_ key: Key) -> Bool {
        guard let view = view() else { return key != .char("q") }
        let outcome: Outcome
        switch screen.update(key, view: view) {
        case .quit: return showDebrief()
        case .submitForm: outcome = submitForm(view)
        case .run(let action, let words): outcome = runLine(action, words, view)
        case .pauseClock:
            togglePause()
            return true
        case .signOn(let name):
            signOn(name)
            return true
        case .verifySignOn(let name, let secret):
            if let refusal = signOnCheck?.check(name, secret, at: clock()) {
                screen.overlay = .secret(SecretEntry(name: name, error: refusal(screen.language)))
            } else {
                signOn(name)
                screen.overlay = nil
                screen.status = .info(ChromeText.signedOn(name)(screen.language))
            }
            return true
        case nil:
            if screen.shownPhone == nil { screen.revealedPhone = nil }
            return true
        }
        // The view after the write: the new item is on the board.
        if let after = self.view() { screen.receive(outcome, view: after) }
        if case .written = outcome, let notice = backend.notice { screen.status = .error(notice(screen.language)) }
        return true
    }

    /// Keys that arrived at once. While a field takes text, a burst of plain typing (a paste
    /// from a terminal without bracketed paste) is taken as text, never as navigation or submit.
    public func handle(burst keys: [Key]) -> Bool {
        // Text first, as a paste starts; Enter then a key is a submit followed by a command.
        let typing = keys.count > 1 && { if case .char = keys[0] { true } else { false } }()
            && keys.allSatisfy { if case .char = $0 { true } else { $0 == .enter || $0 == .tab } }
        if screen.takesText, typing {
            return handle(.paste(String(keys.map { if case .char(let c) = $0 { c } else { $0 == .enter ? "\n" : "\t" } })))
        }
        return keys.allSatisfy { handle($0) }
    }

    /// A training run's debrief was shown and closed (see `showDebrief`).
    public private(set) var isFinished = false

    /// Leaving a training run shows its debrief first, and leaving that closes the desk. Returns
    /// whether the desk stays open.
    private func showDebrief() -> Bool {
        if case .debrief = screen.overlay {
            isFinished = true
            return false
        }
        guard let debrief = practice?.debrief() else {
            isFinished = true
            return false
        }
        screen.overlay = .debrief(debrief, scroll: 0)
        screen.status = nil
        // The run is judged: its clock stops where the judgement was made.
        if practice?.isPaused == false { practice?.togglePause() }
        return true
    }

    private func togglePause() {
        guard let practice else {
            screen.status = .error(ChromeText.onlyInTraining(screen.language))
            return
        }
        practice.togglePause()
        screen.status = .info((practice.isPaused ? ChromeText.clockPaused : ChromeText.clockRunning)(screen.language))
    }

    /// Other consoles' entries and the clock: redraw when either moved. A training run's due
    /// lines are written first and arrive with them.
    public func tick() -> Bool {
        if case .debrief = screen.overlay { return false }
        // The time is up: the debrief judges the run as it stands, and no line is played after it.
        if practice?.isOver == true {
            _ = showDebrief()
            return true
        }
        if let refused = practice?.playDue() { screen.status = .error(refused) }
        let minute = Int(clock().timeIntervalSince1970 / 60)
        defer { lastMinute = minute }
        do {
            return try backend.catchUp() || minute != lastMinute
        } catch {
            // Shown, never dropped: another console's entry that cannot be read is news.
            let text = message(error)
            guard screen.status != .error(text), let view = view() else { return minute != lastMinute }
            screen.receive(.catchUpFailed(text), view: view)
            return true
        }
    }

    /// The effects: each does its one write and reports how it went.
    private func submitForm(_ view: FrameContext) -> Outcome {
        guard case .form(let form) = screen.overlay else { return .refused("") }
        return perform(form.spec, at: view.now) { try form.spec.command(form.arguments(view: view)) }
    }

    private func runLine(_ action: String, _ words: [String], _ view: FrameContext) -> Outcome {
        guard let spec = ActionCatalog.named(action) else { return .refused(action) }
        return perform(spec, at: view.now) {
            var arguments = ActionArguments(streetCode: view.street.profile.street.code, now: view.now, timeZone: view.zone)
            try ActionLine.read(words, for: spec, into: &arguments)
            try arguments.resolveOrder(for: spec) { view.state.orders[$0] }
            return try spec.command(arguments)
        }
    }

    private func perform(_ spec: ActionSpec, at now: Date, _ command: () throws -> DeskCommand) -> Outcome {
        do {
            return .written(action: spec.name, entries: try backend.perform(try command(), at: now))
        } catch {
            return .refused(message(error))
        }
    }

    private func message(_ error: Error) -> String {
        if let damage = error as? JournalDamage { return damage.message(screen.language) }
        return (error as? DeskError)?.message(screen.language, naming: backend.state.street) ?? "\(error)"
    }
}
