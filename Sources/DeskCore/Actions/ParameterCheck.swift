import Foundation

extension ActionSpec.Parameter {
    /// What is wrong with `text` as this parameter's value, judged by the same readers and
    /// rules that build and decide the command: a form checks a field as it is typed without a
    /// second copy of the rules. nil when it reads, or when only the whole command can tell.
    public func problem(with text: String, street: Street, now: Date) -> DeskError? {
        var arguments = ActionArguments(streetCode: street.profile.street.code, now: now, timeZone: street.timeZone)
        arguments.labels = [name: label]
        arguments.add(name, text)
        do {
            switch kind {
            case .grid:
                if let code = try arguments.gridCode(name), street.grids[code] == nil { return .unknownGrid(code.digits) }
            case .timeSpan: _ = try arguments.timeSpan(name)
            case .dateTime: _ = try arguments.dateTime(name)
            case .phone: _ = try Rules.phone(text, patterns: street.profile.phonePatterns)
            case .score: try Rules.score(try arguments.integer(name))
            case .text, .longText, .choice, .category, .department, .caseID, .findingID, .staffMember, .theme: break
            }
            return nil
        } catch {
            return error
        }
    }
}
