import DeskCore

/// Detail lines of whistles, dispatches, grids and departments (see `DetailView.caseLines`).
enum WhistleDetail {
    static func lines(_ whistle: Whistle, _ view: FrameContext) -> [DetailView.Line] {
        typealias F = DetailView
        let stamp = { ClockText.stamp($0, in: view.zone) }
        var lines: [DetailView.Line] = [
            (whistle.summary, .accent),
            F.field(view.t(DetailText.status), whistle.closedAt.map { view.t(BoardText.whistleClosed) + stamp($0) }
                    ?? view.t(DetailText.whistleOpen),
                    whistle.isOpen ? view.role(view.state.deadlineState(of: whistle, at: view.now)) : .muted),
            F.field(view.t(BoardText.whistleTypeColumn), "\(view.t(whistle.type)) · \(view.t(whistle.matter))", whistle.type == .emergency ? .urgent : .normal),
        ]
        if let id = whistle.caseID { lines.append(F.field(view.t(BoardText.caseColumn), id.raw + "  " + (view.state.cases[id]?.summary ?? ""))) }
        if let id = whistle.finding { lines.append(F.field(view.t(DetailText.finding), id.raw + "  " + (view.state.findings[id]?.summary ?? ""))) }
        lines += [
            F.field(view.t(BoardText.grid), "\(view.gridName(whistle.grid))  \(whistle.grid.grouped)"),
            F.field(view.t(BoardText.blownColumn), "\(stamp(whistle.blownAt))  \(whistle.blownBy)"),
            ("", .normal), (view.t(DetailText.summonsHeading), .header),
        ]
        for entry in whistle.summons {
            let (timing, role) = WhistlesBoard.timing(entry, whistle, view)
            // The record only when it adds to the state: `待报到` is both a state and a record.
            let record = entry.record(at: view.now)
            let recordText = entry.state == .refused || record == .pending ? "" : "  " + view.t(record)
            lines.append(("\(view.departmentName(entry.department))  \(view.t(entry.state))\(recordText)", role))
            lines.append(F.field(view.t(DetailText.summonsDue), "\(stamp(entry.reportBy))  \(timing)"))
            if let at = entry.reportedAt {
                lines.append(F.field(view.t(DetailText.summonsIn), stamp(at) + (entry.reporter.map { "  \($0)" } ?? "")))
            }
            if let at = entry.doneAt { lines.append(F.field(view.t(DetailText.summonsDone), stamp(at))) }
            if let reason = entry.refusal {
                lines.append(F.field(view.t(DetailText.summonsReason), reason + view.t(DetailText.refusalConsequence), .error))
            }
        }
        return lines + F.actionLines(.whistles, view, only: view.state.offers(for: whistle, at: view.now, by: view.operatorName).map(\.rawValue)) + F.timeline(whistle.entries, view)
    }
}

enum DispatchDetail {
    static func lines(_ dispatch: Dispatch, _ view: FrameContext) -> [DetailView.Line] {
        typealias F = DetailView
        let stamp = { ClockText.stamp($0, in: view.zone) }
        var lines: [DetailView.Line] = [
            (dispatch.summary, .accent),
            F.field(view.t(DetailText.status), dispatch.concludedAt.map { view.t(DetailText.concludedAt) + stamp($0) } ?? view.t(DetailText.dispatchOpen),
                    dispatch.isOpen ? .normal : .muted),
            F.field(view.t(BoardText.placeColumn), dispatch.place),
            F.field(view.t(BoardText.grid), "\(view.gridName(dispatch.grid))  \(dispatch.grid.grouped)"),
        ]
        if let id = dispatch.caseID { lines.append(F.field(view.t(BoardText.caseColumn), id.raw + "  " + (view.state.cases[id]?.summary ?? ""))) }
        if let id = dispatch.finding { lines.append(F.field(view.t(DetailText.finding), id.raw + "  " + (view.state.findings[id]?.summary ?? ""))) }
        let participants = dispatch.units.map(\.department).filter { $0 != dispatch.lead }.map(view.departmentName)
        lines += [
            F.field(view.t(BoardText.leadColumn), view.departmentName(dispatch.lead)),
            F.field(view.t(DetailText.participants), participants.isEmpty ? "—" : participants.joined(separator: "、")),
            F.field(view.t(DetailText.planned), stamp(dispatch.plannedAt)),
            F.field(view.t(DetailText.dispatchedAt), "\(stamp(dispatch.createdAt))  \(dispatch.createdBy)"),
            ("", .normal), (view.t(DetailText.unitsHeading), .header),
        ]
        for unit in dispatch.units {
            lines.append(("\(DisplayWidth.pad(view.departmentName(unit.department), to: 28))  \(DisplayWidth.pad(view.t(unit.status), to: 10))"
                          + view.t(BoardText.since) + stamp(unit.since) + "  (\(UnitTimer.text(unit, at: view.now)))",
                          UnitTimer.role(unit, of: dispatch, at: view.now)))
        }
        if let conclusion = dispatch.conclusion {
            lines += [("", .normal), F.field(view.t(DetailText.outcome), view.t(conclusion.outcome), .accent),
                      F.field(view.t(DetailText.findings), conclusion.findings)]
        }
        return lines + F.actionLines(.dispatches, view, only: view.state.offers(for: dispatch, at: view.now, by: view.operatorName).map(\.rawValue)) + F.timeline(dispatch.entries, view)
    }
}

enum GridDetail {
    static func lines(_ grid: Grid, _ view: FrameContext) -> [DetailView.Line] {
        typealias F = DetailView
        let open = RateText.cases(view.state.queueByGrid[grid.code], view)
        let rates = view.state.rates(.grid(grid.code), days: BoardKit.lastWeek(view), at: view.now)
        var lines: [DetailView.Line] = [
            F.field(view.t(DetailText.code), grid.code.grouped),
            F.field(view.t(BoardText.community), "\(view.street.communities[grid.community]?.name ?? "")  \(grid.community)"),
            F.field(view.t(BoardText.worker), ([grid.worker.name] + (grid.worker.phone.map { [$0] } ?? [])).joined(separator: "  ")),
            F.field(view.t(BoardText.services), grid.serviceItems.joined(separator: "、")),
            F.field(view.t(BoardText.supervises), grid.supervisionTasks.joined(separator: "、")),
            F.field(view.t(DetailText.ratesSevenDays), RateText.summary(rates, view)),
            ("", .normal), (view.t(DetailText.openCases(open.count)), .header),
        ]
        lines += open.map { RateText.caseLine($0, view) }
        let findings = (view.state.findingsByGrid[grid.code] ?? []).reversed().compactMap { view.state.findings[$0] }
        lines += [("", .normal), (view.t(DetailText.patrolFindings(findings.count)), .header)]
        lines += findings.map { finding in
            ("\(finding.id.raw)  \(ClockText.stamp(finding.foundAt, in: view.zone))  \(view.t(finding.stage))  \(finding.summary)"
             + (finding.caseID.map { "  → \($0.raw)" } ?? "") + "  \(finding.foundBy)", .normal)
        }
        return lines + F.actionLines(.map, view)
    }
}

enum DepartmentDetail {
    /// The figures whose cases the detail lists: the cases behind each shortfall of the three rates.
    enum Shortfall: CaseIterable {
        /// Due and not responded to in time (逾期).
        case overdue
        /// Called back and found not solved, or not satisfied.
        case unsolved, unsatisfied

        var label: Phrase {
            switch self {
            case .overdue: DetailText.behindOverdue
            case .unsolved: DetailText.behindUnsolved
            case .unsatisfied: DetailText.behindUnsatisfied
            }
        }
    }

    /// The cases behind each shortfall over the board's period, from the core's `cases(behind:)`
    /// (as `report --cases` lists them): unsolved is called back less solved, and so on.
    static func shortfalls(_ id: DepartmentID, _ view: FrameContext) -> [(Shortfall, [CaseID])] {
        let days = view.period.period(today: BoardKit.today(view)).days
        let behind = view.lists.cases(behind: [.overdue, .calledBack, .solved, .satisfied], of: .department(id), days: days, view: view)
        let calledBack = behind[.calledBack] ?? []
        func less(_ figure: CaseFigure) -> [CaseID] {
            let counted = Set(behind[figure] ?? [])
            return calledBack.filter { !counted.contains($0) }
        }
        return [(.overdue, behind[.overdue] ?? []), (.unsolved, less(.solved)), (.unsatisfied, less(.satisfied))]
    }

    static func lines(_ department: Department, _ view: FrameContext) -> [DetailView.Line] {
        typealias F = DetailView
        let days = view.period.period(today: BoardKit.today(view)).days
        let period = view.period.label(today: BoardKit.today(view), view.language)
        let rates = view.state.rates(.department(department.id), days: days, at: view.now)
        let summoned = view.state.whistleRecord(department.id, days: days, at: view.now)
        let record = summoned.summoned > 0 ? summoned : nil
        var lines: [DetailView.Line] = [
            F.field(view.t(BoardText.kindColumn), view.t(department.kind) + (department.utility.map { " · " + view.t($0) } ?? "")),
            F.field(view.t(DetailText.contact), department.contact ?? "—"),
            F.field(view.t(DetailText.ratesOver(period)), RateText.summary(rates, view)),
            F.field(view.t(DetailText.whistlesOver(period)), record.map {
                view.t(DetailText.summonsRecord($0))
            } ?? view.t(DetailText.notSummonedLately), (record?.refused ?? 0) > 0 ? .error : .normal),
        ]
        if department.utility != nil {
            let rating = view.state.utilityRatings(days: days)[department.id]
            lines.append(F.field(view.t(DetailText.rating), rating.map {
                view.t(DetailText.utilityRating(mean: $0.mean, count: $0.count))
            } ?? view.t(DetailText.noRatingsLately)))
        }
        // The cases behind the rates, which Tab selects and Enter opens.
        for (shortfall, cases) in shortfalls(department.id, view) where !cases.isEmpty {
            lines.append(F.field(view.t(shortfall.label) + " \(cases.count)", cases.map(\.raw).joined(separator: " "), .warning))
        }
        let refusals = view.state.refusals.filter { $0.department == department.id }
        lines += [("", .normal), (view.t(DetailText.refusals(refusals.count)), .header)]
        lines += refusals.reversed().map { ("\(ClockText.stamp($0.at, in: view.zone))  \($0.whistle.raw)  \($0.reason)  \($0.recordedBy)", .error) }
        let open = RateText.cases(view.state.queueByDepartment[department.id], view)
        lines += [("", .normal), (view.t(DetailText.openCases(open.count)), .header)]
        lines += open.map { RateText.caseLine($0, view) }
        return lines + F.actionLines(.departments, view, only: department.utility == nil ? [] : nil)
    }
}

/// Wording shared by the grid and department details.
enum RateText {
    /// `响应 86%（19/22） 解决 90%（9/10） 满意 80%（8/10） 综合 85.0`
    static func summary(_ rates: RateFigures, _ view: FrameContext) -> String {
        func part(_ label: Phrase, _ rate: Double?, _ count: Int, _ of: Int) -> String {
            view.t(label) + " " + BoardKit.percent(rate) + view.t(DetailText.fraction(count, of: of))
        }
        return part(DetailText.response, rates.response, rates.respondedOnTime, rates.due)
            + part(BoardText.solvedShort, rates.resolution, rates.solved, rates.calledBack)
            + part(BoardText.satisfiedShort, rates.satisfaction, rates.satisfied, rates.calledBack)
            + view.t(DetailText.compositeLabel) + BoardKit.score(rates.composite(view.street.profile.rateWeights))
    }

    /// The cases of a queue, in its order.
    static func cases(_ queue: OpenQueue?, _ view: FrameContext) -> [Case] {
        (queue?.entries ?? []).compactMap { view.state.cases[$0.id] }
    }

    /// `C0005  响应 -7d5h  summary`, in the role of its deadline.
    static func caseLine(_ item: Case, _ view: FrameContext) -> DetailView.Line {
        ("\(item.id.raw)  \(DisplayWidth.pad(BoardKit.clockText(item, view), to: 12))  \(item.summary)",
         view.role(view.state.deadlineState(of: item, at: view.now)))
    }
}
