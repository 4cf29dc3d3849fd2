import _CryptoExtras
import Crypto
import Foundation

/// One officer's credential: a PIN or passphrase kept only as a salted scrypt hash (RFC 7914), in
/// the staff file beside the journal, never in the journal. The line carries its own cost, so a
/// stronger default later leaves older lines readable.
public struct StaffCredential: Equatable, Sendable {
    public let name: String
    /// log2 of scrypt's N; r and p as RFC 7914 names them.
    public let cost: Int
    public let blockSize: Int
    public let parallelism: Int
    let salt: [UInt8]
    let hash: [UInt8]

    /// scrypt's N = 2^14, r = 8, p = 1: 16 MiB and about a twentieth of a second a check here — a
    /// default, chosen so that a `do` stays quick while guessing a 6-digit PIN offline costs a core
    /// most of a day. `staff set-pin --cost` takes another.
    public static let defaultCost = 14

    /// A new credential for `name`: a fresh 16-byte salt and the hash of `secret`.
    public init(name: String, secret: String, cost: Int = defaultCost) throws {
        var salt = [UInt8](repeating: 0, count: 16)
        var generator = SystemRandomNumberGenerator()
        for i in salt.indices { salt[i] = generator.next() }
        self.name = name
        self.cost = cost
        blockSize = 8
        parallelism = 1
        self.salt = salt
        hash = try Self.derive(secret, salt: salt, cost: cost, blockSize: 8, parallelism: 1)
    }

    /// Whether `secret` is this officer's, compared in constant time.
    public func admits(_ secret: String) -> Bool {
        guard let derived = try? Self.derive(secret, salt: salt, cost: cost, blockSize: blockSize, parallelism: parallelism),
              derived.count == hash.count else { return false }
        return zip(derived, hash).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }

    private static func derive(_ secret: String, salt: [UInt8], cost: Int, blockSize: Int, parallelism: Int) throws -> [UInt8] {
        let key = try KDF.Scrypt.deriveKey(from: Array(secret.utf8), salt: salt, outputByteCount: 32,
                                           rounds: 1 << cost, blockSize: blockSize, parallelism: parallelism)
        return key.withUnsafeBytes { Array($0) }
    }

    /// `NAME<TAB>scrypt$COST$R$P$SALT$HASH`, salt and hash in hex: the staff file's line.
    public var line: String {
        "\(name)\tscrypt$\(cost)$\(blockSize)$\(parallelism)$\(Hex.text(salt))$\(Hex.text(hash))"
    }

    /// Reads a staff file's line; nil when it is not one.
    public init?(line: Substring) {
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard columns.count == 2, !columns[0].isEmpty else { return nil }
        let parts = columns[1].split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 6, parts[0] == "scrypt",
              let cost = Int(parts[1]), (10...22).contains(cost),
              let blockSize = Int(parts[2]), (1...32).contains(blockSize),
              let parallelism = Int(parts[3]), (1...16).contains(parallelism),
              let salt = Hex.bytes(String(parts[4])), salt.count >= 8,
              let hash = Hex.bytes(String(parts[5])), hash.count == 32 else { return nil }
        name = String(columns[0])
        self.cost = cost
        self.blockSize = blockSize
        self.parallelism = parallelism
        self.salt = salt
        self.hash = hash
    }
}
