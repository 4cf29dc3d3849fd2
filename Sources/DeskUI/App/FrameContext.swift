import DeskCore
import Foundation

/// Everything a view reads to draw one frame: the state, the clock and the language.
public struct FrameContext {
    public let state: DeskState
    public let street: Street
    public let now: Date
    public let language: Language
    public let operatorName: String
    public let journalPath: String
    /// Reads journal entries by seq: an item's timeline, read when its detail is drawn.
    let timeline: ([Int64]) -> [Recorded]
    /// The boards' lists for this state and moment, computed once and shared by update and render.
    let lists: BoardLists
    /// The banner of a training run; nil at an operations desk.
    public let practice: PracticeBanner?
    /// The journal's first damaged entry: the desk is read-only and says so above everything.
    public let damage: JournalDamage?
    /// Whether officers sign on with a credential (the journal keeps a staff file); without one,
    /// whoever is at the console is shown as unverified.
    public let credentialsRequired: Bool
    /// Said under the PIN field at sign-on (the demo street's PIN); nil for a real street.
    public let signOnHint: String?
    /// The case whose number this operator revealed, while its detail is open (`Screen.shownPhone`).
    public let revealedPhone: CaseID?
    /// How the board being drawn is sorted and grouped (set by the renderer from the screen).
    var arrangement = CaseArrangement()
    /// The Departments board's period (set from the screen).
    var period = PeriodPick()
    /// The order `S` chose for the board being listed (set from the screen); nil: the board's own.
    var sort: BoardSort?

    public init(state: DeskState, street: Street, now: Date, language: Language, operatorName: String, journalPath: String,
                timeline: @escaping ([Int64]) -> [Recorded] = { _ in [] }, lists: BoardLists = BoardLists(),
                practice: PracticeBanner? = nil, damage: JournalDamage? = nil, revealedPhone: CaseID? = nil,
                credentialsRequired: Bool = false, signOnHint: String? = nil) {
        self.credentialsRequired = credentialsRequired
        self.signOnHint = signOnHint
        self.practice = practice
        self.revealedPhone = revealedPhone
        self.damage = damage
        self.state = state
        self.street = street
        self.now = now
        self.language = language
        self.operatorName = operatorName
        self.journalPath = journalPath
        self.timeline = timeline
        self.lists = lists
    }

    func t(_ phrase: Phrase) -> String { phrase(language) }
    func t(_ item: some Labelled) -> String { item.label(language) }

    var zone: TimeZone { street.timeZone }

    /// `14:05` today, `11-26` on other days.
    func when(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let stamp = ClockText.stamp(date, in: zone)
        return calendar.isDate(date, inSameDayAs: now) ? String(stamp.suffix(5)) : String(stamp.prefix(5))
    }

    func role(_ state: DeadlineState) -> Role {
        switch state {
        case .overdue: .overdue
        case .dueSoon: .dueSoon
        case .onTrack: .ok
        case .none: .muted
        }
    }

    /// Why the core would refuse `spec` on `item` from this operator now (its own words); nil
    /// when it would not, or when `spec` does not act on that kind of item.
    func refusal(of spec: ActionSpec, on item: ItemRef) -> DeskError? {
        switch (item, spec.subject) {
        case (.caseItem(let id), .case?): state.refusal(of: spec.name, on: id.raw, at: now, by: operatorName)
        case (.whistle(let id), .whistle?): state.refusal(of: spec.name, on: id.raw, at: now, by: operatorName)
        case (.dispatch(let id), .dispatch?), (.unit(let id, _), .dispatch?): state.refusal(of: spec.name, on: id.raw, at: now, by: operatorName)
        default: nil
        }
    }

    func departmentName(_ id: DepartmentID) -> String { street.departmentName(id) }
    func categoryName(_ id: CategoryID) -> String { street.categories[id]?.name ?? id.raw }
    func gridName(_ code: GridCode) -> String { street.gridName(code) }

    /// 138****5678: complainants' numbers stay masked, but in the detail where this operator
    /// revealed one (journaled, with the reason) and only while it stays open.
    func phone(of item: Case) -> String? {
        guard let phone = item.phone else { return nil }
        return item.id == revealedPhone ? phone : PhoneNumber.masked(phone)
    }
}
