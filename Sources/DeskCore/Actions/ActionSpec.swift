import Foundation

/// One named desk action, described once for every front: the CLI (`streetdesk do NAME`),
/// the `:` palette and its completion, the forms, and training scenarios.
public struct ActionSpec: Sendable {
    /// The palette and CLI name: `intake`, `route`, `report-in` …
    public let name: String
    public let title: Phrase
    /// The thing it acts on, given as the first argument (`route C0042 …`).
    public let subject: Subject?
    public let parameters: [Parameter]
    /// Asked before a form submits it, when its consequences reach beyond the desk (an Art 44
    /// refusal is reported to the district).
    public internal(set) var confirmation: Phrase?
    let make: @Sendable (ActionArguments) throws(DeskError) -> DeskCommand

    /// Builds the command from named string values; format errors are reported here,
    /// everything that depends on the state by `DeskState.decide`.
    public func command(_ arguments: ActionArguments) throws(DeskError) -> DeskCommand {
        for parameter in parameters where parameter.required && arguments.values(parameter.name).isEmpty {
            throw .missing(field: parameter.label)
        }
        for name in arguments.names where !parameters.contains(where: { $0.name == name }) {
            throw .invalidValue(field: FieldLabel.option, value: "--" + name, expected: .listed(parameters.map { "--" + $0.name }))
        }
        if let subject, (arguments.subject ?? "").isEmpty { throw .missing(field: subject.label) }
        for parameter in parameters {
            for value in arguments.values(parameter.name) where value.count > parameter.kind.longest {
                throw .tooLong(field: parameter.label, longest: parameter.kind.longest)
            }
        }
        var arguments = arguments
        arguments.labels = Dictionary(parameters.map { ($0.name, $0.label) }, uniquingKeysWith: { first, _ in first })
        return try make(arguments)
    }

    public enum Subject: String, Sendable, Labelled {
        case `case`, whistle, dispatch

        public var label: Phrase {
            switch self {
            case .case: FieldLabel.caseID
            case .whistle: Phrase("哨令", "whistle")
            case .dispatch: Phrase("调度", "dispatch")
            }
        }
    }

    public struct Parameter: Sendable {
        /// The CLI option name without dashes, and the form field's key.
        public let name: String
        public let label: Phrase
        public let kind: Kind
        public let required: Bool
        /// May be given more than once (`--department a --department b`).
        public let repeats: Bool

        public enum Kind: Sendable, Equatable {
            case text
            /// Free text that may run long: a summary, a note.
            case longText
            case choice([Choice])
            case grid, category, department, caseID, findingID
            case timeSpan, phone, dateTime, score
            /// A name from the profile's staff list, when it has one.
            case staffMember
            /// One of the profile's themes (主题).
            case theme

            /// The most characters a value may have (defaults chosen by the desk): a summary or
            /// note 2,000, a line of text 200, an id, code or number 64.
            public var longest: Int {
                switch self {
                case .longText: 2000
                case .text: 200
                default: 64
                }
            }
        }
    }

    public struct Choice: Sendable, Equatable {
        public let value: String
        public let label: Phrase
    }
}

/// The values an action was given, as strings, plus what parsing them needs to know.
public struct ActionArguments: Sendable {
    public var subject: String?
    public private(set) var raw: [String: [String]]
    /// Lets a grid be typed as its last 6 digits (community + sequence).
    public var streetCode: String?
    /// For times typed as `HH:mm` (today) in the street's zone.
    public var now: Date
    public var timeZone: TimeZone
    /// The labels of the action's parameters by name, for errors that name a field.
    var labels: [String: Phrase] = [:]

    public init(subject: String? = nil, values: [String: [String]] = [:], streetCode: String? = nil,
                now: Date, timeZone: TimeZone) {
        self.subject = subject
        self.raw = values
        self.streetCode = streetCode
        self.now = now
        self.timeZone = timeZone
    }

    public var names: [String] { Array(raw.keys) }

    public mutating func add(_ name: String, _ value: String) { raw[name, default: []].append(value) }

    public func values(_ name: String) -> [String] {
        (raw[name] ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    public func text(_ name: String) -> String? { values(name).last }
}
