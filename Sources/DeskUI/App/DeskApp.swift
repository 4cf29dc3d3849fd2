import DeskCore
import Foundation

/// The desk as a program the terminal driver runs: keys go through `Screen.update`; the
/// effects it asks for go to the backend (the journal); every frame is a pure render.
public final class DeskApp: TerminalProgram {
    public var theme: Theme
    public private(set) var screen: Screen
    let backend: DeskBackend
    let clock: () -> Date
    private var lastMinute = 0
    private let lists = BoardLists()
    /// The last timeline read from the journal, while its detail stays open.
    private var timelineCache: (seqs: [Int64], entries: [Recorded]) = ([], [])

    public init(backend: DeskBackend, language: Language, theme: Theme, clock: @escaping () -> Date = Date.init) {
        self.backend = backend
        self.theme = theme
        self.clock = clock
        screen = Screen(language: language)
    }

    /// Shows a message on the status line, e.g. that the demo journal was just created.
    public func announce(_ text: String) {
        screen.status = .info(text)
    }

    /// The frame's view of the desk; nil before a street profile exists.
    func view() -> DeskView? {
        guard let street = backend.state.street else { return nil }
        return DeskView(state: backend.state, street: street, now: clock(), language: screen.language,
                        operatorName: backend.operatorName, journalPath: backend.journalPath,
                        timeline: { [unowned self] in self.timeline($0) }, lists: lists)
    }

    private func timeline(_ seqs: [Int64]) -> [Recorded] {
        if timelineCache.seqs != seqs { timelineCache = (seqs, (try? backend.entries(seqs)) ?? []) }
        return timelineCache.entries
    }

    public func render(width: Int, height: Int) -> Canvas {
        guard let view = view() else {
            var canvas = Canvas(width: width, height: height)
            canvas.put(DeskError.noStreet.message(screen.language), x: 1, y: 1, role: .error)
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
        switch screen.update(key, view: view) {
        case .quit: return false
        case .submitForm: submitForm(view)
        case .run(let action, let words): runLine(action, words, view)
        case nil: break
        }
        return true
    }

    /// Other consoles' entries and the clock: redraw when either moved.
    public func tick() -> Bool {
        let minute = Int(clock().timeIntervalSince1970 / 60)
        defer { lastMinute = minute }
        do {
            return try backend.catchUp() || minute != lastMinute
        } catch {
            // Shown, never dropped: another console's entry that cannot be read is news.
            let text = message(error)
            guard screen.status != .error(text) else { return minute != lastMinute }
            screen.status = .error(text)
            return true
        }
    }

    private func submitForm(_ view: DeskView) {
        guard case .form(var form) = screen.overlay else { return }
        do {
            let command = try form.spec.command(form.arguments(view: view))
            let written = try backend.perform(command, at: view.now)
            screen.overlay = form.closing
            screen.status = .info(done(form.spec, written, view))
            follow(written)
        } catch {
            form.error = message(error)
            screen.overlay = .form(form)
        }
    }

    private func runLine(_ action: String, _ words: [String], _ view: DeskView) {
        guard let spec = ActionCatalog.named(action) else { return }
        do {
            var arguments = ActionArguments(streetCode: view.street.profile.street.code, now: view.now, timeZone: view.zone)
            try ActionLine.read(words, for: spec, into: &arguments)
            let written = try backend.perform(try spec.command(arguments), at: view.now)
            screen.status = .info(done(spec, written, view))
            follow(written)
        } catch {
            screen.status = .error(message(error))
        }
    }

    /// A case, whistle or dispatch just created gets the cursor, so the next key acts on it.
    private func follow(_ written: [Recorded]) {
        guard let view = view() else { return }
        for entry in written {
            switch entry.event {
            case .caseTakenIn(let e): screen.select(.caseItem(e.id), view: view)
            case .whistleBlown(let e): screen.select(.whistle(e.id), view: view)
            case .dispatchCreated(let e): screen.select(.dispatch(e.id), view: view)
            default: break
            }
        }
    }

    private func done(_ spec: ActionSpec, _ written: [Recorded], _ view: DeskView) -> String {
        let subject = written.last?.event.subject ?? ""
        return view.t("✓ \(view.t(spec.title)) \(subject)：已写入日志 #\(written.last?.seq ?? 0)",
                      "✓ \(view.t(spec.title)) \(subject): journaled as #\(written.last?.seq ?? 0)")
    }

    private func message(_ error: Error) -> String {
        (error as? DeskError)?.message(screen.language) ?? "\(error)"
    }
}
