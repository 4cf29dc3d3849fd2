import DeskCore
import Foundation

/// 部门考核 (Art 43–45): over the picked period (the last seven days unless `p`, `[` and `]`
/// chose another), each department's three rates and composite (with a bar for it), its whistle
/// record (一哨一考核) and, for utilities, residents' ratings; the street's total first, the
/// week's trend of each rate for the selected department, the Art 44 refusals at the bottom.
struct DepartmentsBoard: BoardPane {
    /// In profile order, or as `S` chose: the lowest composite or resolution rate over the period
    /// first (none last), or the most open cases first.
    func items(_ view: FrameContext, filter: String) -> [ItemRef] {
        let listed = view.street.profile.departments.filter { department in
            SearchQuery(filter).matches([department.name, department.id.raw, view.t(department.kind)])
        }.map(\.id)
        let days = view.period.period(today: BoardKit.today(view)).days
        func rates(_ id: DepartmentID) -> RateFigures { view.state.rates(.department(id), days: days, at: view.now) }
        let sorted = switch view.sort {
        case .departmentComposite: BoardSort.sorted(listed) { rates($0).composite(view.street.profile.rateWeights) ?? .infinity }
        case .departmentResolution: BoardSort.sorted(listed) { rates($0).resolution ?? .infinity }
        case .departmentOpen: BoardSort.sorted(listed) { -(view.state.queueByDepartment[$0]?.count ?? 0) }
        default: listed
        }
        return sorted.map { .department($0) }
    }

    func draw(_ view: FrameContext, items: [ItemRef], selection: Int, into canvas: inout Canvas, area: Rect) {
        let table = table(view, width: area.width)
        let days = view.period.period(today: BoardKit.today(view)).days
        let ratings = view.state.utilityRatings(days: days)
        table.drawHeader(&canvas, x: area.x, y: area.y, width: area.width)

        let street = view.state.whistleRecord(nil, days: days, at: view.now)
        let rated = ratings.values.reduce((0.0, 0)) { ($0.0 + $1.mean * Double($1.count), $0.1 + $1.count) }
        table.draw(&canvas, cells(view.t(BoardText.streetTotal), kind: "", open: view.state.queue.count,
                                  rates: view.state.rates(.street, days: days, at: view.now),
                                  whistles: (street.onTime, street.late, street.refused),
                                  rating: rated.1 > 0 ? (rated.0 / Double(rated.1), rated.1) : nil, view, width: area.width)
                   .map { ($0.0, $0.1 == .normal ? .accent : $0.1) },
                   x: area.x, y: area.y + 1, width: area.width)

        // The hotline centre's own figures, the ones the street is ranked on, once it has called back.
        let official = view.state.officialRates(.street, days: days)
        let hotlineRow = official.calledBack > 0 ? 1 : 0
        if hotlineRow > 0 {
            let differing = view.state.disagreements(.street, days: days).map(\.id.raw)
            let line = BoardText.hotlineRates(BoardKit.percent(official.response), BoardKit.percent(official.resolution),
                                              BoardKit.percent(official.satisfaction), differing: differing)
            canvas.put(view.t(line), x: area.x, y: area.y + 2, role: .accent, maxWidth: area.width)
        }

        let refusals = area.height >= 30 ? Array(view.state.refusals.suffix(8).reversed()) : []
        let trends: [RateScope] = area.width >= BoardKit.wide ? [.street] : []
        let selected = items.indices.contains(selection) ? items[selection] : nil
        let trendScopes = trends + (selected.flatMap { if case .department(let id) = $0 { [RateScope.department(id)] } else { nil } } ?? [])
        let bottom = area.y + area.height - 1 - (refusals.isEmpty ? 0 : refusals.count + 1) - trendScopes.count
        let window = Scroll.window(count: items.count, visible: bottom - area.y - 2 - hotlineRow, selection: selection)
        for (row, index) in window.enumerated() {
            guard case .department(let id) = items[index], let department = view.street.departments[id] else { continue }
            let record = view.state.whistleRecord(id, days: days, at: view.now)
            table.draw(&canvas, cells(BoardKit.departmentName(id, view, width: area.width), kind: view.t(department.kind),
                                      open: view.state.queueByDepartment[id]?.count ?? 0,
                                      rates: view.state.rates(.department(id), days: days, at: view.now),
                                      whistles: (record.onTime, record.late, record.refused),
                                      rating: department.utility == nil ? nil : ratings[id] ?? (0, 0), view, width: area.width),
                       x: area.x, y: area.y + 2 + hotlineRow + row, width: area.width, selected: index == selection, item: index)
        }
        for (row, scope) in trendScopes.enumerated() {
            drawTrend(scope, upTo: min(days.upperBound, BoardKit.today(view)), view, into: &canvas, x: area.x, y: bottom + row, width: area.width)
        }
        if !refusals.isEmpty {
            drawRefusals(refusals, view, into: &canvas, x: area.x, y: bottom + trendScopes.count, width: area.width)
        }
        BoardKit.footer(footer(view), &canvas, area: area)
    }

    /// Below this width the open count and the Art 45 rating give way to the department's name.
    private static let full = 72

    private func table(_ view: FrameContext, width: Int) -> Table {
        let full = width >= Self.full
        return Table(columns: [.init(title: view.t(BoardText.department), width: 0)]
            + (width >= BoardKit.wide ? [.init(title: view.t(BoardText.kindColumn), width: 14)] : [])
            + (full ? [.init(title: view.t(BoardText.openColumn), width: 4, alignment: .right)] : []) + [
                .init(title: view.t(full ? BoardText.responseRateColumn : BoardText.responseColumn), width: full ? 6 : 5, alignment: .right),
                .init(title: view.t(full ? BoardText.resolutionRateColumn : BoardText.resolutionColumn), width: full ? 6 : 5, alignment: .right),
                .init(title: view.t(full ? BoardText.satisfactionRateColumn : BoardText.satisfactionColumn), width: full ? 6 : 5, alignment: .right),
                .init(title: view.t(BoardText.scoreColumn), width: 5, alignment: .right),
            ] + (full ? [.init(title: "", width: Self.barWidth(width))] : []) + [
                .init(title: view.t(BoardText.onTimeColumn), width: 4, alignment: .right),
                .init(title: view.t(BoardText.lateColumn), width: 4, alignment: .right),
                .init(title: view.t(BoardText.refusedColumn), width: 4, alignment: .right),
            ] + (full ? [.init(title: view.t(BoardText.ratingColumn), width: 7, alignment: .right)] : []))
    }

    /// One row; `rating` is nil for departments that are not rated (not utilities).
    private func cells(_ name: String, kind: String, open: Int, rates: RateFigures, whistles: (onTime: Int, late: Int, refused: Int),
                       rating: (mean: Double, count: Int)?, _ view: FrameContext, width: Int) -> [(String, Role)] {
        func rate(_ value: Double?) -> (String, Role) { (BoardKit.percent(value), value == nil ? .muted : .normal) }
        func count(_ n: Int, _ role: Role) -> (String, Role) { ("\(n)", n == 0 ? .muted : role) }
        let composite = rates.composite(view.street.profile.rateWeights)
        let art45 = rating.map { $0.count == 0 ? ("—", Role.muted) : (String(format: "%.1f×%d", $0.mean, $0.count), .normal) } ?? ("", .muted)
        let full = width >= Self.full
        return [(name, .normal)] + (width >= BoardKit.wide ? [(kind, .muted)] : []) + (full ? [count(open, .normal)] : []) + [
            rate(rates.response), rate(rates.resolution), rate(rates.satisfaction),
            (BoardKit.score(composite), composite == nil ? .muted : .normal),
        ] + (full ? [(BlockChart.bar(composite ?? 0, width: Self.barWidth(width)), Role.accent)] : []) + [
            count(whistles.onTime, .ok), count(whistles.late, .warning), count(whistles.refused, .error),
        ] + (full ? [art45] : [])
    }

    /// The composite's bar: longer where there is room.
    private static func barWidth(_ width: Int) -> Int { width >= BoardKit.wide ? 10 : 5 }

    /// `近7天走势 供水服务中心  响应 ▅▆▇█▇▆▅  解决 …  满意 …`: each rate day by day over the seven
    /// days up to `last`, a dot for a day without cases.
    private func drawTrend(_ scope: RateScope, upTo last: StreetDay, _ view: FrameContext, into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        let name = switch scope {
        case .department(let id): BoardKit.departmentName(id, view, width: width)
        default: view.t(BoardText.streetTotal)
        }
        let week = (last - 6...last).map { view.state.rates(scope, days: $0...$0, at: view.now) }
        var at = x + canvas.put(view.t(BoardText.weeksTrend) + " ", x: x, y: y, role: .muted, maxWidth: width)
        at += canvas.put(name, x: at, y: y, role: .header, maxWidth: max(0, min(width >= BoardKit.wide ? 28 : 16, x + width - at)))
        for (label, rate) in [(BoardText.responseShort, \RateFigures.response), (BoardText.solvedShort, \RateFigures.resolution),
                              (BoardText.satisfiedShort, \RateFigures.satisfaction)] {
            at += canvas.put("  " + view.t(label) + " ", x: at, y: y, role: .muted, maxWidth: x + width - at)
            at += canvas.put(String(week.map { BlockChart.rateCell($0[keyPath: rate]) }), x: at, y: y, role: .accent, maxWidth: x + width - at)
        }
    }

    /// Art 44: departments that refused their duties, reported to the district government.
    private func drawRefusals(_ refusals: [Refusal], _ view: FrameContext, into canvas: inout Canvas, x: Int, y: Int, width: Int) {
        canvas.put(view.t(BoardText.refusalsHeading), x: x, y: y, role: .header)
        for (row, refusal) in refusals.enumerated() {
            let line = "\(ClockText.stamp(refusal.at, in: view.zone))  \(refusal.whistle.raw)  "
                + "\(DisplayWidth.pad(view.departmentName(refusal.department), to: 28))  \(refusal.reason)"
            canvas.put(line, x: x + 1, y: y + 1 + row, role: .error, maxWidth: width - 1)
        }
    }

    private func footer(_ view: FrameContext) -> String {
        let w = view.street.profile.rateWeights
        let weights = [w.response, w.resolution, w.satisfaction].map { String(format: "%g", $0) }.joined(separator: "/")
        let refused = view.state.refusals.count
        let period = view.period.label(today: BoardKit.today(view), view.language)
        return view.t(BoardText.departmentsFooter(period: period, weights: weights, refused: refused))
    }
}
