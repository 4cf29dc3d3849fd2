import DeskCore

/// One refusal of every kind, with the values a desk would put in it, and every field and choice of
/// the catalog as a missing or wrong value.
enum DeskErrorSamples {
    static let count = 67

    /// The case's place in `DeskError`: a new case fails to compile here until it has a number, and
    /// the test fails until it has a sample.
    static func index(_ error: DeskError) -> Int {
        switch error {
        case .noStreet: 0
        case .streetAlreadyConfigured: 1
        case .badGridCode: 2
        case .unknownGrid: 3
        case .unknownCategory: 4
        case .unknownDepartment: 5
        case .unknownCase: 6
        case .unknownWhistle: 7
        case .unknownDispatch: 8
        case .unknownFinding: 9
        case .missing: 10
        case .invalidValue: 11
        case .caseNotOpen: 12
        case .closeWithoutFeedback: 13
        case .callbackWithoutFeedback: 14
        case .resolveBeforeRouting: 15
        case .alreadyResolved: 16
        case .routeDepartments: 17
        case .returnPastDeadline: 18
        case .extensionPastDeadline: 19
        case .mergeIntoItself: 20
        case .mergeTarget: 21
        case .reopenNeedsUnsolvedCallback: 22
        case .noPhone: 23
        case .duplicateDepartment: 24
        case .notSummoned: 25
        case .summonsStep: 26
        case .whistleClosed: 27
        case .whistleMatterNotDone: 28
        case .dispatchConcluded: 29
        case .notOnDispatch: 30
        case .unitStatusBackwards: 31
        case .unitsStillOut: 32
        case .findingAlreadyCase: 33
        case .notUtility: 34
        case .supervisorOnly: 35
        case .closeBeforeRouting: 36
        case .duplicatesUnanswered: 37
        case .closeBeforeResolution: 38
        case .returnNotFromHotline: 39
        case .requestPending: 40
        case .noPendingRequest: 41
        case .extendBeforeRouting: 42
        case .extensionsUsedUp: 43
        case .extensionTooLong: 44
        case .noLateDepartment: 45
        case .notLate: 46
        case .noDepartmentFor: 47
        case .allUnitsCleared: 48
        case .tooLong: 49
        case .handoverToSelf: 50
        case .notOnStaff: 51
        case .noHandover: 52
        case .handoverAcknowledged: 53
        case .handoverNotYours: 54
        case .sameCategory: 55
        case .noRefusal: 56
        case .noRefusalOn: 57
        case .outOfRange: 58
        case .badOperatorName: 59
        case .evaluationNotFromHotline: 60
        case .orderClocks: 61
        case .unknownTheme: 62
        case .noThemes: 63
        case .alreadyTagged: 64
        case .notTagged(_, .some): 65
        case .notTagged(_, nil): 66
        }
    }

    static var all: [DeskError] {
        let parameters = ActionCatalog.all.flatMap(\.parameters)
        let fields: [DeskError] = parameters.flatMap { parameter -> [DeskError] in
            var errors: [DeskError] = [.missing(field: parameter.label)]
            if case .choice(let choices) = parameter.kind {
                errors.append(.invalidValue(field: parameter.label, value: "表扬", expected: .oneOf(choices)))
            }
            return errors
        } + FieldLabel.all.map { .missing(field: $0) }
        let expected: [ExpectedValue] = [.timeSpan, .wholeNumber, .score, .phoneDigits, .oneID, .optionWithValue, .paletteAction,
                                         .listed(["--grid", "--summary"]), .formats(["HH:mm", "ISO 8601"])]
        return fields + expected.map { .invalidValue(field: FieldLabel.argument, value: "表扬", expected: $0) } + [
            .noStreet, .streetAlreadyConfigured, .badGridCode("1101"), .unknownGrid("110101099009009"),
            .unknownCategory("街面"), .unknownDepartment("某部门"), .unknownCase("C9999"), .unknownWhistle("W0999"),
            .unknownDispatch("D0999"), .unknownFinding("F0999"), .caseNotOpen("C0001", .closed),
            .closeWithoutFeedback("C0001"), .callbackWithoutFeedback("C0001"), .resolveBeforeRouting("C0001"),
            .alreadyResolved("C0001"), .routeDepartments(.transfer, given: 2), .routeDepartments(.coordinate, given: 1),
            .routeDepartments(.handle, given: 1), .returnPastDeadline("C0001", "11-27 14:00"),
            .extensionPastDeadline("C0001", "11-27 14:00"), .mergeIntoItself("C0001"), .mergeTarget("C0002", .merged),
            .reopenNeedsUnsolvedCallback("C0001"), .noPhone("C0001"), .duplicateDepartment("water"),
            .notSummoned("W0001", "water"), .summonsStep("W0001", "water", from: .done, to: .summoned),
            .whistleClosed("W0001"), .whistleMatterNotDone("W0001", pending: ["water", "gas"], caseOpen: "C0001"),
            .dispatchConcluded("D0001"), .notOnDispatch("D0001", "water"),
            .unitStatusBackwards("D0001", "water", from: .onScene, to: .enRoute), .unitsStillOut("D0001", ["water"]),
            .findingAlreadyCase("F0001", "C0001"), .notUtility("water"), .supervisorOnly("王芳"),
            .closeBeforeRouting("C0001"), .duplicatesUnanswered("C0001", ["C0002", "C0003"]), .closeBeforeResolution("C0001"),
            .returnNotFromHotline("C0001", .patrol), .requestPending("C0001", Phrase("退单申请", "return request")),
            .noPendingRequest("C0001"), .extendBeforeRouting("C0001"), .extensionsUsedUp("C0001", most: 2),
            .extensionTooLong("30d", longest: "15d"), .noLateDepartment("W0001"), .notLate("W0001", "water"),
            .noDepartmentFor("W0001", .reportedIn), .allUnitsCleared("D0001"), .tooLong(field: FieldLabel.note, longest: 2000),
            .handoverToSelf("李明"), .notOnStaff("张三"), .noHandover, .handoverAcknowledged("H0001"), .handoverNotYours("H0001", to: "王静"),
            .sameCategory("C0001"), .noRefusal("W0001", "water"), .noRefusalOn("W0001"),
            .outOfRange(field: FieldLabel.date, value: "1999-12-31", allowed: "2000-01-01 – 2036-11-25"), .badOperatorName,
            .evaluationNotFromHotline("C0001", .patrol), .orderClocks("2026112700123"),
            .unknownTheme("供热"), .noThemes, .alreadyTagged("C0001", "heating"), .notTagged("C0001", "heating"), .notTagged("C0001", nil),
        ]
    }
}
