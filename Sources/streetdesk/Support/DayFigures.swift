import DeskCore
import DeskUI
import Foundation

/// One day's figures, computed from the state by the core's own measures.
struct DayFigures {
    let state: DeskState
    let street: Street
    let day: Range<Date>
    let now: Date

    var records: [DepartmentID: WhistleRecordFigures] { state.whistleRecords(in: day, at: now) }
    var ratings: [DepartmentID: (mean: Double, count: Int)] { state.utilityRatings(in: day) }
    var refusals: [Refusal] { state.refusals(on: street.calendar.day(day.lowerBound)) }

    func rates(_ scope: RateScope) -> RateFigures { state.rates(scope, in: day, at: now) }

    func percent(_ rate: Double?) -> String { RateFigures.percent(rate) }

    func text(_ language: Language) -> String {
        let zh = language == .zh
        let weights = street.profile.rateWeights
        func line(_ name: String, _ f: RateFigures, _ id: DepartmentID?) -> String {
            let cells = [
                DisplayWidth.pad(name, to: 16),
                DisplayWidth.pad("\(percent(f.response)) (\(f.respondedOnTime)/\(f.due))", to: 14),
                DisplayWidth.pad("\(percent(f.resolution)) (\(f.solved)/\(f.calledBack))", to: 14),
                DisplayWidth.pad("\(percent(f.satisfaction)) (\(f.satisfied)/\(f.calledBack))", to: 14),
                DisplayWidth.pad(f.composite(weights).map { String(format: "%.1f", $0 * 100) } ?? "—", to: 6),
            ]
            var text = cells.joined(separator: " ")
            if let id, let r = records[id] { text += zh ? "  哨令 按时\(r.onTime) 迟\(r.late) 拒\(r.refused)" : "  whistles on time \(r.onTime) late \(r.late) refused \(r.refused)" }
            if let id, let rating = ratings[id] { text += String(format: zh ? "  评价 %.1f×%d" : "  rating %.1f×%d", rating.mean, rating.count) }
            return text
        }
        let headings = zh ? ["响应率", "解决率", "满意率", "综合"] : ["response", "resolution", "satisfaction", "score"]
        var lines = [DisplayWidth.pad("\(street.name) \(ClockText.stamp(day.lowerBound, in: street.timeZone).prefix(5))", to: 16) + " "
                     + zip(headings, [14, 14, 14, 6]).map { DisplayWidth.pad($0, to: $1) }.joined(separator: " ")]
        lines.append(line(zh ? "全街道" : "street", rates(.street), nil))
        for department in street.profile.departments {
            let f = rates(.department(department.id))
            guard f.due + f.calledBack > 0 || records[department.id] != nil || ratings[department.id] != nil else { continue }
            lines.append(line(department.id.raw, f, department.id))
        }
        lines.append(zh ? "\n拒不履职（第四十四条）\(refusals.count) 起" : "\nRefusals (Art 44): \(refusals.count)")
        // A reason stays on its one line, whatever it holds.
        for r in refusals {
            lines.append("  \(ClockText.stamp(r.at, in: street.timeZone))  \(r.whistle)  \(street.departmentName(r.department))  \(Sanitize.forDisplay(r.reason))")
        }
        return lines.map { String($0.reversed().drop { $0 == " " }.reversed()) }.joined(separator: "\n")
    }

    func json() throws -> String {
        func rateObject(_ f: RateFigures) -> [String: Any] {
            ["due": f.due, "respondedOnTime": f.respondedOnTime, "calledBack": f.calledBack, "solved": f.solved,
             "satisfied": f.satisfied, "response": f.response ?? NSNull(), "resolution": f.resolution ?? NSNull(),
             "satisfaction": f.satisfaction ?? NSNull(), "composite": f.composite(street.profile.rateWeights) ?? NSNull()]
        }
        let departments: [[String: Any]] = street.profile.departments.map { department in
            var object: [String: Any] = ["id": department.id.raw, "name": department.name, "rates": rateObject(rates(.department(department.id)))]
            if let r = records[department.id] {
                object["whistles"] = ["summoned": r.summoned, "onTime": r.onTime, "late": r.late, "refused": r.refused, "pending": r.pending]
            }
            if let rating = ratings[department.id] { object["rating"] = ["mean": rating.mean, "count": rating.count] }
            return object
        }
        let object: [String: Any] = [
            "day": Timestamp.format(day.lowerBound), "street": rateObject(rates(.street)), "departments": departments,
            "refusals": refusals.map { ["at": Timestamp.format($0.at), "whistle": $0.whistle.raw, "department": $0.department.raw, "reason": $0.reason] },
        ]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
    }
}
