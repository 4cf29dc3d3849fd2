import DeskCore

/// What the app must do after a key: the update itself never writes.
public enum Effect: Equatable, Sendable {
    case quit
    /// Submit the open form.
    case submitForm
    /// Run a palette line at once.
    case run(action: String, words: [String])
    /// Pause or resume the practice clock.
    case pauseClock
    /// The officer now at the console.
    case signOn(String)
    /// Sign on this officer if the secret is theirs.
    case verifySignOn(name: String, secret: String)
}

extension Screen {
    /// The items of the current board as the officer sees them (filtered).
    func items(_ view: FrameContext) -> [ItemRef] {
        let filter = filter[board] ?? ""
        let arrangement = board == .complaints ? arrangement : CaseArrangement()
        var view = view
        (view.sort, view.period) = (sorts[board], period)
        return view.lists.items(board, filter: filter, arrangement: arrangement, view: view) {
            arrangement.arrange(board.pane.items(view, filter: filter), view)
        }
    }

    public func selectedItem(_ view: FrameContext) -> ItemRef? {
        if case .detail(let item, _) = overlay { return item }
        return items(view)[safe: selection]
    }

    /// Applies one key. Overlays take keys first; then the `/` line; then the keymap.
    public mutating func update(_ key: Key, view: FrameContext) -> Effect? {
        if confirmingQuit {
            confirmingQuit = false
            status = nil
            return key == .char("y") || key == .char("Y") || key == .ctrl("c") ? .quit : nil
        }
        if let run = confirmingRun {
            confirmingRun = nil
            status = nil
            return key == .char("y") || key == .char("Y") ? .run(action: run.spec.name, words: run.words) : nil
        }
        // Ctrl-C backs out of whatever is open, as Esc does (a form asks before discarding what
        // was typed); on a board it asks before quitting.
        let key = key == .ctrl("c") && (overlay != nil || filterInput != nil) ? Key.escape : key
        if key == .ctrl("c") {
            confirmingQuit = true
            status = .info(view.t(ChromeText.confirmQuit))
            return nil
        }
        if case .mouse(let x, let y, let kind) = key { return mouse(x, y, kind, view: view) }
        if case .paste = key, !takesText {
            status = .info(view.t(ChromeText.pasteNeedsAField))
            return nil
        }
        switch overlay {
        case .form(var form):
            switch form.handle(key, view: view) {
            case .stay: overlay = .form(form)
            case .cancel:
                overlay = form.closing
                status = .info(view.t(ChromeText.cancelledNothingWritten))
            case .submit:
                overlay = .form(form)
                return .submitForm
            }
            return nil
        case .palette(var palette):
            switch palette.handle(key, language: language) {
            case .stay: overlay = .palette(palette)
            case .cancel: overlay = nil
            case .open(let spec):
                overlay = nil
                return startAction(spec, view: view)
            case .run(let spec, let words):
                overlay = nil
                if let question = spec.confirmation {
                    confirmingRun = (spec, words)
                    status = .info(view.t(question))
                    return nil
                }
                return .run(action: spec.name, words: words)
            case .pauseClock:
                overlay = nil
                return .pauseClock
            case .unknown(let word):
                overlay = .palette(palette)
                status = .error(DeskError.invalidValue(field: FieldLabel.action, value: word, expected: .paletteAction).message(language))
            }
            return nil
        case .help(let scroll):
            switch key {
            case .down, .char("j"): overlay = .help(scroll: scroll + 1)
            case .up, .char("k"): overlay = .help(scroll: max(0, scroll - 1))
            case .escape, .char("?"), .char("q"), .enter:
                overlay = nil
            default:
                // Any other key closes help and does what it says (a digit opens its board).
                overlay = nil
                return update(key, view: view)
            }
            return nil
        case .signOn(let pick):
            return signOn(key, pick: pick, view: view)
        case .secret(var entry):
            switch key {
            case .enter: return .verifySignOn(name: entry.name, secret: entry.field.text)
            case .escape:
                overlay = .signOn(pick: (view.street.profile.staff ?? []).firstIndex { $0.name == entry.name } ?? 0)
            case .paste(let text):
                entry.field.insert(String(text.filter { !$0.isNewline }.prefix(max(0, StaffSecret.longest - entry.field.text.count))))
                overlay = .secret(entry)
            default:
                if case .char = key, entry.field.text.count >= StaffSecret.longest { return nil }
                _ = entry.field.edit(key)
                overlay = .secret(entry)
            }
            return nil
        case .debrief(let debrief, let scroll):
            if DebriefKeys.scroll.matches(key) { overlay = .debrief(debrief, scroll: max(0, scroll + (key == .up || key == .char("k") ? -1 : 1))) }
            return DebriefKeys.close.matches(key) ? .quit : nil
        case .detail, nil:
            break
        }
        if var input = filterInput {
            switch key {
            case .enter: filterInput = nil
            case .escape:
                filterInput = nil
                filter[board] = nil
            case .paste(let text):
                input.insert(String(text.map { $0.isNewline ? " " : $0 }))
                filterInput = input
                filter[board] = input.text
                cursor[board] = 0
            default:
                _ = input.edit(key)
                filterInput = input
                filter[board] = input.text
                cursor[board] = 0
            }
            return nil
        }
        if case .detail(let item, _) = overlay, let followed = follow(key, from: item, view: view) { return followed }
        let detailBoard: Board? = if case .detail(let item, _) = overlay { item.board } else { nil }
        guard var command = Keymap.command(for: key, on: detailBoard ?? board) else { return nil }
        // `q` quits from a board; from a detail it goes back, as Esc does.
        if command == .quit, detailBoard != nil { command = .back }
        return perform(command, view: view)
    }

    private mutating func perform(_ command: UICommand, view: FrameContext) -> Effect? {
        let count = items(view).count
        func move(_ delta: Int) {
            if case .detail(let item, let scroll) = overlay {
                overlay = .detail(item, scroll: max(0, scroll + delta))
            } else {
                cursor[board] = max(0, min(count - 1, selection + delta))
            }
        }
        status = nil
        switch command {
        case .quit: return .quit
        case .help: overlay = .help(scroll: 0)
        case .signOn:
            overlay = .signOn(pick: (view.street.profile.staff ?? []).firstIndex { $0.name == view.operatorName } ?? 0)
        case .palette: overlay = .palette(Palette(item: selectedItem(view)))
        case .filter:
            overlay = nil
            filterInput = TextField(filter[board] ?? "")
        case .back:
            if case .detail = overlay, let previous = detailTrail.popLast() {
                overlay = .detail(previous, scroll: 0)
                detailLink = nil
            } else if overlay != nil {
                overlay = nil
            } else if filter[board] != nil {
                filter[board] = nil
            }
        case .figures:
            overlay = .detail(.street, scroll: 0)
            (detailLink, detailTrail) = (nil, [])
        case .open:
            if let item = selectedItem(view) {
                overlay = .detail(item, scroll: 0)
                (detailLink, detailTrail) = (nil, [])
            }
        case .up: move(board == .map && overlay == nil ? -MapBoard.rowStep(view, selection: selection, up: true, items: items(view)) : -1)
        case .down: move(board == .map && overlay == nil ? MapBoard.rowStep(view, selection: selection, up: false, items: items(view)) : 1)
        case .left: move(-1)
        case .right: move(1)
        case .pageUp: move(-pageSize)
        case .pageDown: move(pageSize)
        case .top: move(-count)
        case .bottom: move(count)
        case .nextSort:
            if board == .complaints { arrangement.sort = arrangement.sort.next } else { sorts[board] = BoardSort.next(after: sorts[board], on: board) }
            cursor[board] = 0
            // Said on the status line too: on a narrow terminal the tabs row has no room for it.
            status = .info(view.t(ChromeText.arrangedAs(Chrome.order(self, view) ?? "")))
        case .nextGrouping:
            arrangement.grouping = arrangement.grouping.next
            cursor[board] = 0
            status = .info(view.t(ChromeText.arrangedAs(Chrome.order(self, view) ?? "")))
        case .nextPeriod: period.nextKind()
        case .earlierPeriod: period.earlier()
        case .laterPeriod: period.later()
        case .nextBoard: show(board.next)
        case .previousBoard: show(board.previous)
        case .board(let target): show(target)
        case .nextUnitStatus: return nextUnitStatus(view)
        case .action(let name):
            guard let spec = ActionCatalog.named(name) else { return nil }
            return startAction(spec, view: view)
        case .pauseClock: return .pauseClock
        }
        return nil
    }

    /// Opens `spec`'s form on the selected item, or says why not in the core's own words: a key,
    /// the palette and a submitted form are judged by the same rule.
    /// The staff list, ↑↓ and Enter; Esc keeps the officer already at the console.
    private mutating func signOn(_ key: Key, pick: Int, view: FrameContext) -> Effect? {
        let staff = view.street.profile.staff ?? []
        switch key {
        case .up, .char("k"): overlay = .signOn(pick: max(0, pick - 1))
        case .down, .char("j"): overlay = .signOn(pick: min(staff.count - 1, pick + 1))
        case .enter:
            guard let member = staff[safe: pick] else { return nil }
            if view.credentialsRequired {
                overlay = .secret(SecretEntry(name: member.name))
                return nil
            }
            overlay = nil
            status = .info(view.t(ChromeText.signedOn(member.name)))
            return .signOn(member.name)
        case .escape where !view.operatorName.isEmpty: overlay = nil
        default: break
        }
        return nil
    }

    /// The wheel moves as ↑/↓ do, three rows a notch; a click on a tab shows its board, on a
    /// listed row or tile selects it, and on the selected one opens it. The keyboard does all
    /// of this without a mouse.
    private mutating func mouse(_ x: Int, _ y: Int, _ kind: Key.Mouse, view: FrameContext) -> Effect? {
        switch kind {
        case .wheelUp, .wheelDown:
            for _ in 0..<3 { _ = update(kind == .wheelUp ? .up : .down, view: view) }
            return nil
        case .click:
            guard overlay == nil, filterInput == nil else { return nil }
            if y == layout.tabs.y, let tab = Chrome.tabSpans(view).first(where: { $0.span.contains(x) }) {
                return perform(.board(tab.board), view: view)
            }
            let frame = ScreenRenderer.render(self, view, width: layout.width, height: layout.height)
            guard let index = frame.item(atX: x, y: y) else { return nil }
            if index == selection { return perform(.open, view: view) }
            cursor[board] = index
            return nil
        }
    }

    /// Drill-down in a detail: Tab selects the next record it names, Enter opens it (Esc comes
    /// back through `.back`). nil for keys that are not about links.
    private mutating func follow(_ key: Key, from item: ItemRef, view: FrameContext) -> Effect?? {
        let links = DetailLinks.of(item, view)
        if DetailKeys.nextLink.matches(key) {
            guard !links.isEmpty else { return .some(nil) }
            detailLink = ((detailLink ?? -1) + 1) % links.count
            return .some(nil)
        }
        if DetailKeys.openLink.matches(key), let index = detailLink, links.indices.contains(index) {
            detailTrail.append(item)
            overlay = .detail(links[index], scroll: 0)
            detailLink = nil
            return .some(nil)
        }
        return nil
    }

    /// An action that takes nothing (acknowledging a handover) runs at once.
    mutating func startAction(_ spec: ActionSpec, view: FrameContext) -> Effect? {
        if let item = selectedItem(view), let refusal = view.refusal(of: spec, on: item) {
            status = .error(view.t(ChromeText.refused(spec, because: refusal.phrase(naming: view.street))))
            return nil
        }
        if spec.subject == nil, spec.parameters.isEmpty { return .run(action: spec.name, words: []) }
        openForm(spec, view: view)
        return nil
    }

    private mutating func show(_ target: Board) {
        board = target
        overlay = nil
        filterInput = nil
    }

    mutating func openForm(_ spec: ActionSpec, view: FrameContext) {
        let fromDetail = if case .detail = overlay { true } else { false }
        overlay = .form(Form(spec: spec, item: selectedItem(view), view: view, fromDetail: fromDetail))
    }

    /// Puts the cursor on `item` when the current board lists it (a case just taken in, say).
    public mutating func select(_ item: ItemRef, view: FrameContext) {
        if let index = items(view).firstIndex(of: item) { cursor[board] = index }
    }
}

extension ItemRef {
    /// The board whose action keys apply to this item in its detail.
    var board: Board {
        switch self {
        case .caseItem: .complaints
        case .whistle: .whistles
        case .dispatch, .unit: .dispatches
        case .grid: .map
        case .department: .departments
        case .street: .today
        }
    }
}
