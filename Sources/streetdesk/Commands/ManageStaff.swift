import ArgumentParser
import DeskCore
import DeskJournal
import Foundation

/// `streetdesk staff`: the officers of the street's staff list and their credentials.
struct ManageStaff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff", abstract: "The staff list and each officer's PIN or passphrase (kept beside the journal, never in it).",
        subcommands: [ListStaff.self, SetStaffSecret.self], defaultSubcommand: ListStaff.self)
}

struct ListStaff: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "The staff list, with who has a credential.")

    @OptionGroup var options: JournalOptions

    func run() throws {
        try reporting {
            let journal = try options.openJournal(readOnly: true)
            let street = try options.reading { try journal.street() }
            let credentials = try options.credentials(journal.path)
            let language = options.language
            for member in street?.profile.staff ?? [] {
                let credential = credentials == nil ? "" : "\t" + (credentials?[member.name] != nil ? IdentityText.hasCredential : IdentityText.noCredential)(language)
                Output.say("\(member.name)\t\(member.role.label(language))\(credential)")
            }
            if credentials == nil { Output.say(IdentityText.unverified(language)) }
        }
    }
}

/// Sets an officer's credential. A supervisor sets anyone's, an officer their own; the first
/// credential of a journal must be a supervisor's, set by whoever may write beside the journal.
struct SetStaffSecret: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-pin", abstract: "Set an officer's PIN or passphrase: from $STREETDESK_NEW_PIN, else asked twice at the terminal.")

    @OptionGroup var options: JournalOptions

    @Argument(help: "The officer, as the staff list names them.")
    var name: String

    @Option(help: "scrypt's cost, log2 of N (default \(StaffCredential.defaultCost)).")
    var cost: Int = StaffCredential.defaultCost

    func run() throws {
        try reporting {
            let language = options.language
            let journal = try options.openJournal(readOnly: true)
            let street = try options.reading { try journal.street() }
            guard let staff = street?.profile.staff, !staff.isEmpty else { throw Failure(IdentityText.noStaffList(language), code: 2) }
            guard let member = staff.first(where: { $0.name == name }) else {
                throw Failure(DeskError.notOnStaff(name).message(language) + OperatorHint.staff(staff.map(\.name))(language), code: 2)
            }
            guard (12...20).contains(cost) else {
                throw Failure(DeskError.outOfRange(field: Phrase("代价", "cost"), value: "\(cost)", allowed: "12–20").message(language), code: 2)
            }
            let path = StaffFile.path(journal.path)
            var credentials = try options.credentials(journal.path) ?? [:]
            let supervisors = Set(staff.filter { $0.role == .supervisor }.map(\.name))
            if credentials.keys.contains(where: supervisors.contains) {
                let actor = try options.verifiedOperator(on: street, journalPath: journal.path)
                guard actor == name || supervisors.contains(actor) else { throw Failure(CredentialError.notAllowed(name).message(language), code: 2) }
            } else if member.role != .supervisor {
                throw Failure(IdentityText.firstMustBeSupervisor(language), code: 2)
            }
            let secret = try newSecret(language)
            do {
                credentials[name] = try StaffCredential(name: name, secret: secret, cost: cost)
                try StaffFile.write(credentials, to: path)
            } catch let error as CredentialError {
                throw Failure(error.message(language), code: 1)
            }
            Output.say(IdentityText.set(name, path: path)(language))
        }
    }

    private func newSecret(_ language: Language) throws -> String {
        let secret: String
        if let given = Paths.environment["STREETDESK_NEW_PIN"] {
            secret = given
        } else {
            guard isatty(STDIN_FILENO) == 1, let first = SecretPrompt.read(asking: IdentityText.askNewSecret(name)(language)),
                  let again = SecretPrompt.read(asking: IdentityText.askAgain(language)) else {
                throw Failure(CredentialError.notGiven(name).message(language), code: 2)
            }
            guard first == again else { throw Failure(IdentityText.notTheSame(language), code: 2) }
            secret = first
        }
        guard (StaffSecret.shortest...StaffSecret.longest).contains(secret.count), !secret.contains(where: \.isNewline) else {
            throw Failure(CredentialError.badLength(shortest: StaffSecret.shortest, longest: StaffSecret.longest).message(language), code: 2)
        }
        return secret
    }
}
