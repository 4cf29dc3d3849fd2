import DeskCore

/// What an effect came back with. Results travel back through `Screen.receive` the way keys go
/// through `update`, so the screen's state changes in one place and a test can hand it any
/// outcome without a journal.
public enum Outcome: Sendable {
    /// The action of that palette name was written: these entries.
    case written(action: String, entries: [Recorded])
    /// The action was refused or failed, with the reason to show.
    case refused(String)
    /// Reading other consoles' entries failed.
    case catchUpFailed(String)
}

extension Screen {
    /// Applies an effect's outcome: a written form closes (back to its detail, if any) with a
    /// ✓ and the new item under the cursor; a refusal stays in the form that asked, or goes to
    /// the status line.
    public mutating func receive(_ outcome: Outcome, view: FrameContext) {
        switch outcome {
        case .written(let action, let entries):
            if case .form(let form) = overlay { overlay = form.closing }
            let title = ActionCatalog.named(action)?.title ?? Phrase(action, action)
            let subject = entries.last?.event.subject ?? ""
            let seq = entries.last?.seq ?? 0
            status = .info(view.t(ChromeText.written(title, subject, seq: seq)))
            follow(entries, view: view)
        case .refused(let reason):
            if case .form(var form) = overlay {
                form.error = reason
                overlay = .form(form)
            } else {
                status = .error(reason)
            }
        case .catchUpFailed(let reason):
            status = .error(reason)
        }
    }

    /// A case, whistle or dispatch just created gets the cursor, so the next key acts on it.
    private mutating func follow(_ entries: [Recorded], view: FrameContext) {
        for entry in entries {
            switch entry.event {
            case .caseTakenIn(let e): select(.caseItem(e.id), view: view)
            case .whistleBlown(let e): select(.whistle(e.id), view: view)
            case .dispatchCreated(let e): select(.dispatch(e.id), view: view)
            case .phoneRevealed(let e):
                // The number shows in the case's detail, opened for it when the reveal came from a board.
                revealedPhone = e.id
                if overlay == nil { overlay = .detail(.caseItem(e.id), scroll: 0) }
            default: break
            }
        }
    }
}
