import DeskCore
import DeskUI
import Foundation

/// A period's figures (`DeskState.figures`) as `report` prints them: text for a terminal, or JSON.
struct FiguresText {
    let figures: PeriodFigures
    let street: Street
    /// The period's first moment, for the heading.
    let start: Date

    func text(_ language: Language) -> String {
        let zh = language == .zh
        func line(_ name: String, _ f: RateFigures, _ composite: Double?, _ d: DepartmentFigures?) -> String {
            let cells = [
                DisplayWidth.pad(name, to: 16),
                DisplayWidth.pad("\(RateFigures.percent(f.response)) (\(f.respondedOnTime)/\(f.due))", to: 14),
                DisplayWidth.pad("\(RateFigures.percent(f.resolution)) (\(f.solved)/\(f.calledBack))", to: 14),
                DisplayWidth.pad("\(RateFigures.percent(f.satisfaction)) (\(f.satisfied)/\(f.calledBack))", to: 14),
                DisplayWidth.pad(RateFigures.score(composite), to: 6),
            ]
            var text = cells.joined(separator: " ")
            if let r = d?.whistles { text += zh ? "  哨令 按时\(r.onTime) 迟\(r.late) 拒\(r.refused)" : "  whistles on time \(r.onTime) late \(r.late) refused \(r.refused)" }
            if let rating = d?.rating { text += String(format: zh ? "  评价 %.1f×%d" : "  rating %.1f×%d", rating.mean, rating.count) }
            return text
        }
        let headings = zh ? ["响应率", "解决率", "满意率", "综合"] : ["response", "resolution", "satisfaction", "score"]
        var lines = [DisplayWidth.pad("\(street.name) \(ClockText.stamp(start, in: street.timeZone).prefix(5))", to: 16) + " "
                     + zip(headings, [14, 14, 14, 6]).map { DisplayWidth.pad($0, to: $1) }.joined(separator: " ")]
        lines.append(line(zh ? "全街道" : "street", figures.street, figures.composite, nil))
        lines.append(line(zh ? "热线回访" : "hotline", figures.official, nil, nil))
        for d in figures.departments {
            lines.append(line(d.id.raw, d.rates, d.composite, d))
            if d.official.calledBack > 0 { lines.append(line(zh ? "  热线回访" : "  hotline", d.official, nil, nil)) }
        }
        let c = figures.cases
        lines.append(zh ? "\n受理 \(c.takenIn)（其中主动发现 \(c.proactive)，不计入三率）  办结 \(c.resolved)  结案 \(c.closed)"
                        : "\nTaken in \(c.takenIn) (of which proactive \(c.proactive), not in the three rates)  resolved \(c.resolved)  closed \(c.closed)")
        lines.append(zh ? "\n热线回访与本街道不一致 \(figures.disagreements.count) 件" : "\nHotline call-back differs from the street's own: \(figures.disagreements.count)")
        for d in figures.disagreements {
            lines.append("  \(d.id)  " + d.rates.map { $0.label(language) }.joined(separator: zh ? "、" : ", "))
        }
        lines.append(zh ? "\n拒不履职（第四十四条）\(figures.refusals.count) 起" : "\nRefusals (Art 44): \(figures.refusals.count)")
        for r in figures.refusals {
            // A reason stays on its one line, whatever it holds.
            lines.append("  \(ClockText.stamp(r.at, in: street.timeZone))  \(r.whistle)  \(street.departmentName(r.department))  \(Sanitize.forDisplay(r.reason))")
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    func json() throws -> String {
        func rateObject(_ f: RateFigures, _ composite: Double?) -> [String: Any] {
            ["due": f.due, "respondedOnTime": f.respondedOnTime, "calledBack": f.calledBack, "solved": f.solved,
             "satisfied": f.satisfied, "response": f.response ?? NSNull(), "resolution": f.resolution ?? NSNull(),
             "satisfaction": f.satisfaction ?? NSNull(), "composite": composite ?? NSNull()]
        }
        let departments: [[String: Any]] = figures.departments.map { d in
            var object: [String: Any] = ["id": d.id.raw, "name": street.departmentName(d.id), "rates": rateObject(d.rates, d.composite),
                                         "official": rateObject(d.official, nil)]
            if let r = d.whistles {
                object["whistles"] = ["summoned": r.summoned, "onTime": r.onTime, "late": r.late, "refused": r.refused, "pending": r.pending]
            }
            if let rating = d.rating { object["rating"] = ["mean": rating.mean, "count": rating.count] }
            return object
        }
        let c = figures.cases
        let object: [String: Any] = [
            "day": Timestamp.format(start), "street": rateObject(figures.street, figures.composite), "departments": departments,
            "official": rateObject(figures.official, nil),
            "disagreements": figures.disagreements.map { ["case": $0.id.raw, "rates": $0.rates.map(\.rawValue)] },
            "cases": ["takenIn": c.takenIn, "proactive": c.proactive, "resolved": c.resolved, "closed": c.closed],
            "refusals": figures.refusals.map { ["at": Timestamp.format($0.at), "whistle": $0.whistle.raw, "department": $0.department.raw, "reason": $0.reason] },
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }
}
