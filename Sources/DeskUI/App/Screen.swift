import DeskCore

/// The UI's own state, apart from the desk's: where the officer is and what is open.
public struct Screen: Sendable {
    public var board: Board = .complaints
    public var cursor: [Board: Int] = [:]
    public var filter: [Board: String] = [:]
    /// How the complaints board is sorted and grouped.
    public var arrangement = CaseArrangement()
    /// The Departments board's period.
    public var period = PeriodPick()
    /// The order `S` chose on the whistles, dispatches and departments boards (absent: the board's own).
    public var sorts: [Board: BoardSort] = [:]
    /// The `/` line while it is being typed.
    public var filterInput: TextField?
    public var overlay: Overlay?
    public var status: Status?
    public var language: Language
    /// The terminal's areas, as the driver last reported its size.
    public var layout = ScreenLayout(width: 80, height: 24)

    /// Page up and down move by as many rows as a board's list shows.
    public var pageSize: Int { layout.listRows }

    public init(language: Language, board: Board = .complaints) {
        self.language = language
        self.board = board
    }

    public var selection: Int { cursor[board] ?? 0 }

    /// Set by Ctrl-C on a board: the next key says whether to quit.
    public var confirmingQuit = false
    /// In a detail: the linked record selected with Tab, and the details opened before this one.
    public var detailLink: Int?
    public var detailTrail: [ItemRef] = []
    /// The case whose complainant's number this operator just revealed (`reveal-phone`, journaled
    /// with its reason): shown in full in that case's detail, and forgotten once the detail closes
    /// or another officer signs on, so no other view or console ever shows it.
    public var revealedPhone: CaseID?
    /// A palette line whose action asks first (an Art 44 refusal): run on `y`.
    public var confirmingRun: (spec: ActionSpec, words: [String])?

    /// The revealed case while its detail is what is open (or a form over it); nil otherwise.
    public var shownPhone: CaseID? {
        guard let id = revealedPhone else { return nil }
        switch overlay {
        case .detail(.caseItem(id), _): return id
        case .form(let form): if case .detail(.caseItem(id), _)? = form.closing { return id }
        default: break
        }
        return nil
    }

    /// Whether typed text goes into a field (a form, the palette, the `/` line) rather than to
    /// the keymap.
    public var takesText: Bool {
        if filterInput != nil { return true }
        switch overlay {
        case .form, .palette, .secret: return true
        case .help, .detail, .signOn, .debrief, nil: return false
        }
    }
}

/// What is drawn over the board, one at a time.
public enum Overlay: Sendable {
    case help(scroll: Int)
    case detail(ItemRef, scroll: Int)
    case palette(Palette)
    case form(Form)
    /// Choosing who is at the console from the profile's staff list (sign-on, 签到).
    case signOn(pick: Int)
    /// The picked officer's PIN or passphrase, where the journal keeps credentials.
    case secret(SecretEntry)
    /// A training run's debrief, when the trainee quits or the scenario ends: the desk closes from it.
    case debrief(PracticeDebrief, scroll: Int)
}
