import DeskCore

/// Detail lines of whistles, dispatches, grids and departments (see `DetailView.caseLines`).
enum WhistleDetail {
    static func lines(_ whistle: Whistle, _ view: FrameContext) -> [DetailView.Line] {
        typealias F = DetailView
        let stamp = { ClockText.stamp($0, in: view.zone) }
        var lines: [DetailView.Line] = [
            (whistle.summary, .accent),
            F.field(view.t("状态", "Status"), whistle.closedAt.map { view.t("已销哨 ", "closed ") + stamp($0) }
                    ?? view.t("在办（事不完，人不撤）", "open (stays until the matter is done)"),
                    whistle.isOpen ? view.role(view.state.deadlineState(of: whistle, at: view.now)) : .muted),
            F.field(view.t("哨种", "Type"), "\(view.t(whistle.type)) · \(view.t(whistle.matter))", whistle.type == .emergency ? .urgent : .normal),
        ]
        if let id = whistle.caseID { lines.append(F.field(view.t("工单", "Case"), id.raw + "  " + (view.state.cases[id]?.summary ?? ""))) }
        if let id = whistle.finding { lines.append(F.field(view.t("巡查发现", "Finding"), id.raw + "  " + (view.state.findings[id]?.summary ?? ""))) }
        lines += [
            F.field(view.t("网格", "Grid"), "\(view.gridName(whistle.grid))  \(whistle.grid.grouped)"),
            F.field(view.t("吹哨", "Blown"), "\(stamp(whistle.blownAt))  \(whistle.blownBy)"),
            ("", .normal), (view.t("部门报到（一哨一考核）", "Departments (per-whistle record)"), .header),
        ]
        for entry in whistle.summons {
            let (timing, role) = WhistlesBoard.timing(entry, whistle, view)
            let record = entry.state == .refused ? "" : "  " + view.t(entry.record(at: view.now))
            lines.append(("\(view.departmentName(entry.department))  \(view.t(entry.state))\(record)", role))
            lines.append(F.field(view.t("  时限", "  Due"), "\(stamp(entry.reportBy))  \(timing)"))
            if let at = entry.reportedAt {
                lines.append(F.field(view.t("  报到", "  In"), stamp(at) + (entry.reporter.map { "  \($0)" } ?? "")))
            }
            if let at = entry.doneAt { lines.append(F.field(view.t("  完成", "  Done"), stamp(at))) }
            if let reason = entry.refusal {
                lines.append(F.field(view.t("  理由", "  Reason"), reason + view.t("（第四十四条：报区政府，计入年度考核）",
                                                                                   " (Art 44: reported to the district, counts in its review)"), .error))
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
            F.field(view.t("状态", "Status"), dispatch.concludedAt.map { view.t("已结 ", "concluded ") + stamp($0) } ?? view.t("在办", "open"),
                    dispatch.isOpen ? .normal : .muted),
            F.field(view.t("地点", "Place"), dispatch.place),
            F.field(view.t("网格", "Grid"), "\(view.gridName(dispatch.grid))  \(dispatch.grid.grouped)"),
        ]
        if let id = dispatch.caseID { lines.append(F.field(view.t("工单", "Case"), id.raw + "  " + (view.state.cases[id]?.summary ?? ""))) }
        if let id = dispatch.finding { lines.append(F.field(view.t("巡查发现", "Finding"), id.raw + "  " + (view.state.findings[id]?.summary ?? ""))) }
        let participants = dispatch.units.map(\.department).filter { $0 != dispatch.lead }.map(view.departmentName)
        lines += [
            F.field(view.t("牵头", "Lead"), view.departmentName(dispatch.lead)),
            F.field(view.t("参与", "With"), participants.isEmpty ? "—" : participants.joined(separator: "、")),
            F.field(view.t("计划", "Planned"), stamp(dispatch.plannedAt)),
            F.field(view.t("调度", "Created"), "\(stamp(dispatch.createdAt))  \(dispatch.createdBy)"),
            ("", .normal), (view.t("力量状态", "Units"), .header),
        ]
        for unit in dispatch.units {
            lines.append(("\(DisplayWidth.pad(view.departmentName(unit.department), to: 28))  \(DisplayWidth.pad(view.t(unit.status), to: 10))"
                          + view.t("自 ", "since ") + stamp(unit.since) + "  (\(UnitTimer.text(unit, at: view.now)))",
                          UnitTimer.role(unit, of: dispatch, at: view.now)))
        }
        if let conclusion = dispatch.conclusion {
            lines += [("", .normal), F.field(view.t("结果", "Outcome"), view.t(conclusion.outcome), .accent),
                      F.field(view.t("查处情况", "Findings"), conclusion.findings)]
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
            F.field(view.t("编码", "Code"), grid.code.grouped),
            F.field(view.t("社区", "Community"), "\(view.street.communities[grid.community]?.name ?? "")  \(grid.community)"),
            F.field(view.t("网格员", "Worker"), ([grid.worker.name] + (grid.worker.phone.map { [$0] } ?? [])).joined(separator: "  ")),
            F.field(view.t("服务事项", "Services"), grid.serviceItems.joined(separator: "、")),
            F.field(view.t("监管任务", "Supervises"), grid.supervisionTasks.joined(separator: "、")),
            F.field(view.t("三率近7天", "Rates 7d"), RateText.summary(rates, view)),
            ("", .normal), (view.t("在办工单 \(open.count)", "Open cases \(open.count)"), .header),
        ]
        lines += open.map { RateText.caseLine($0, view) }
        let findings = (view.state.findingsByGrid[grid.code] ?? []).reversed().compactMap { view.state.findings[$0] }
        lines += [("", .normal), (view.t("巡查发现 \(findings.count)", "Patrol findings \(findings.count)"), .header)]
        lines += findings.map { finding in
            ("\(finding.id.raw)  \(ClockText.stamp(finding.foundAt, in: view.zone))  \(view.t(finding.stage))  \(finding.summary)"
             + (finding.caseID.map { "  → \($0.raw)" } ?? "") + "  \(finding.foundBy)", .normal)
        }
        return lines + F.actionLines(.map, view)
    }
}

enum DepartmentDetail {
    static func lines(_ department: Department, _ view: FrameContext) -> [DetailView.Line] {
        typealias F = DetailView
        let days = BoardKit.lastWeek(view)
        let rates = view.state.rates(.department(department.id), days: days, at: view.now)
        let summoned = view.state.whistleRecord(department.id, days: days, at: view.now)
        let record = summoned.summoned > 0 ? summoned : nil
        var lines: [DetailView.Line] = [
            F.field(view.t("类别", "Kind"), view.t(department.kind) + (department.utility.map { " · " + view.t($0) } ?? "")),
            F.field(view.t("联系", "Contact"), department.contact ?? "—"),
            F.field(view.t("三率近7天", "Rates 7d"), RateText.summary(rates, view)),
            F.field(view.t("哨令近7天", "Whistles"), record.map {
                view.t("召集 \($0.summoned) · 按时 \($0.onTime) · 迟报 \($0.late) · 拒绝 \($0.refused) · 待报到 \($0.pending)",
                       "summoned \($0.summoned) · on time \($0.onTime) · late \($0.late) · refused \($0.refused) · pending \($0.pending)")
            } ?? view.t("近7天未被召集", "not summoned in 7 days"), (record?.refused ?? 0) > 0 ? .error : .normal),
        ]
        if department.utility != nil {
            let rating = view.state.utilityRatings(days: days)[department.id]
            lines.append(F.field(view.t("评价", "Rating"), rating.map {
                view.t(String(format: "%.1f 分（%d 次，近7天，第四十五条）", $0.mean, $0.count),
                       String(format: "%.1f / 5 (%d ratings, 7 days, Art 45)", $0.mean, $0.count))
            } ?? view.t("近7天无评价（第四十五条）", "no ratings in 7 days (Art 45)")))
        }
        let refusals = view.state.refusals.filter { $0.department == department.id }
        lines += [("", .normal), (view.t("拒不履职（第四十四条）\(refusals.count)", "Refusals (Art 44) \(refusals.count)"), .header)]
        lines += refusals.reversed().map { ("\(ClockText.stamp($0.at, in: view.zone))  \($0.whistle.raw)  \($0.reason)  \($0.recordedBy)", .error) }
        let open = RateText.cases(view.state.queueByDepartment[department.id], view)
        lines += [("", .normal), (view.t("在办工单 \(open.count)", "Open cases \(open.count)"), .header)]
        lines += open.map { RateText.caseLine($0, view) }
        return lines + F.actionLines(.departments, view, only: department.utility == nil ? [] : nil)
    }
}

/// Wording shared by the grid and department details.
enum RateText {
    /// `响应 86%（19/22） 解决 90%（9/10） 满意 80%（8/10） 综合 85.0`
    static func summary(_ rates: RateFigures, _ view: FrameContext) -> String {
        func part(_ zh: String, _ en: String, _ rate: Double?, _ count: Int, _ of: Int) -> String {
            view.t(zh, en) + " " + BoardKit.percent(rate) + view.t("（\(count)/\(of)）  ", " (\(count)/\(of))  ")
        }
        return part("响应", "response", rates.response, rates.respondedOnTime, rates.due)
            + part("解决", "solved", rates.resolution, rates.solved, rates.calledBack)
            + part("满意", "satisfied", rates.satisfaction, rates.satisfied, rates.calledBack)
            + view.t("综合 ", "composite ") + BoardKit.score(rates.composite(view.street.profile.rateWeights))
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
