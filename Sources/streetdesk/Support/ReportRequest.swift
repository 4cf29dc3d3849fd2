import DeskCore
import DeskUI
import Foundation

/// The period `report` was asked for, read from its options: `--date`, `--month YYYY-MM`,
/// `--week YYYY-Www`, or `--from` with `--to`; today when none is given.
struct ReportRequest {
    let date: String?, month: String?, week: String?, from: String?, to: String?

    func period(street: Street, now: Date, language: Language) throws -> ReportPeriod {
        func day(_ text: String, _ field: Phrase) throws -> StreetDay {
            do {
                return street.calendar.day(try ClockText.read(text, field: field, in: street.timeZone, now: now, day: true))
            } catch {
                throw Failure(error.message(language), code: 2)
            }
        }
        let given = [date != nil, month != nil, week != nil, from != nil || to != nil].filter { $0 }.count
        guard given <= 1, (from == nil) == (to == nil) else { throw Failure(ReportText.oneOfThePeriods(language), code: 2) }
        if let month {
            guard month.wholeMatch(of: /\d{4}-\d{2}/) != nil else { throw refused(month, ReportText.monthField, "YYYY-MM", language) }
            return ReportPeriod.month(from: try day(month + "-01", ReportText.monthField))
        }
        if let week {
            guard let match = week.wholeMatch(of: /(\d{4})-W(\d{2})/), let period = ReportPeriod.week(Int(match.1)!, Int(match.2)!) else {
                throw refused(week, ReportText.weekField, "YYYY-Www", language)
            }
            _ = try day(CivilDate(period.days.lowerBound).text, ReportText.weekField)  // within the dates the desk takes
            return period
        }
        if let from, let to {
            let (first, last) = (try day(from, FieldLabel.date), try day(to, FieldLabel.date))
            guard first <= last else { throw Failure(ReportText.endsBeforeItBegins(from, to)(language), code: 2) }
            return ReportPeriod(kind: first == last ? .day : .range, days: first...last)
        }
        let single = try date.map { try day($0, FieldLabel.date) } ?? street.calendar.day(now)
        return ReportPeriod(kind: .day, days: single...single)
    }

    private func refused(_ text: String, _ field: Phrase, _ format: String, _ language: Language) -> Failure {
        Failure(DeskError.invalidValue(field: field, value: text, expected: .formats([format])).message(language), code: 2)
    }

    /// What to say instead of an empty report: a period that has not begun, or one that ends
    /// before the journal's first entry.
    static func notice(_ period: ReportPeriod, today: StreetDay, begins: StreetDay) -> Phrase? {
        if period.days.lowerBound > today { return ReportText.inTheFuture(period.label) }
        if period.days.upperBound < begins { return ReportText.beforeTheJournal(period.label, begins: CivilDate(begins).text) }
        return nil
    }

    static func json(_ notice: Phrase, _ period: ReportPeriod) throws -> String {
        let object: [String: Any] = ["notice": notice.en, "period": period.json]
        return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }
}
