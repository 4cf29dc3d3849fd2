import Crypto
import DeskCore
import Foundation

/// A signed statement of a journal's head — its last seq and that entry's hash — kept outside the journal
/// file, so that a journal cut short, or rewritten, after it is found (`check`). It is short text, meant to be
/// printed and filed on paper as well:
///
/// ```
/// StreetDesk seal 1
/// seq: 2031
/// hash: 5f3c…(64 hex)
/// at: 2026-11-27T20:00:00.000+08:00
/// by: 赵建国
/// key: 9a41…(64 hex, the Ed25519 public key)
/// signature: 77d0…(128 hex, Ed25519 over the lines above it, each ending in a line feed)
/// ```
public struct JournalSeal: Sendable, Equatable {
    public let head: ChainPoint
    /// When it was sealed, as entry times are written.
    public let at: String
    public let by: String
    /// The Ed25519 public key's 32 bytes.
    public let publicKey: Data
    let signature: Data

    static let title = "StreetDesk seal 1"

    /// The head signed with `key`.
    public init(head: ChainPoint, at: String, by: String, key: Curve25519.Signing.PrivateKey) throws {
        self.head = head
        self.at = at
        self.by = by
        publicKey = key.publicKey.rawRepresentation
        signature = try key.signature(for: Data(Self.signed(head: head, at: at, by: by, publicKey: publicKey).utf8))
    }

    /// The lines the signature covers.
    private static func signed(head: ChainPoint, at: String, by: String, publicKey: Data) -> String {
        // The name is one line, whatever was typed: a line break cannot add a line of its own.
        let name = by.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return "\(title)\nseq: \(head.seq)\nhash: \(head.hash)\nat: \(at)\nby: \(name)\nkey: \(Hex.text(publicKey))\n"
    }

    /// The seal as text, to store and to print.
    public var text: String {
        Self.signed(head: head, at: at, by: by, publicKey: publicKey) + "signature: \(Hex.text(signature))\n"
    }

    /// Reads a seal's text; the signature is checked against the key it names (`check` compares that key with
    /// the journal's own).
    public init(text: String) throws(SealError) {
        var fields: [String: String] = [:]
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first == Self.title else { throw .notASeal }
        for line in lines.dropFirst() where !line.isEmpty {
            guard let colon = line.firstIndex(of: ":") else { throw .notASeal }
            fields[String(line[..<colon])] = String(line[line.index(after: colon)...].drop { $0 == " " })
        }
        guard let seqText = fields["seq"], let seq = Int64(seqText), seq >= 0, let hash = fields["hash"], hash.count == 64,
              let at = fields["at"], let by = fields["by"], let keyBytes = fields["key"].flatMap(Hex.bytes),
              let verifier = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes),
              let signature = fields["signature"].flatMap(Hex.bytes) else { throw .notASeal }
        head = ChainPoint(seq: seq, hash: hash)
        self.at = at
        self.by = by
        publicKey = verifier.rawRepresentation
        self.signature = Data(signature)
        guard verifier.isValidSignature(self.signature, for: Data(Self.signed(head: head, at: at, by: by, publicKey: publicKey).utf8)) else {
            throw .badSignature
        }
    }
}

/// Lowercase hex, as the chain spells hashes.
enum Hex {
    static func text(_ bytes: some Sequence<UInt8>) -> String {
        bytes.map { String(format: "%02x", $0) }.joined()
    }

    static func bytes(_ text: String) -> [UInt8]? {
        let digits = Array(text.utf8)
        guard digits.count % 2 == 0 else { return nil }
        var bytes: [UInt8] = []
        for i in stride(from: 0, to: digits.count, by: 2) {
            guard let byte = UInt8(String(decoding: digits[i...i + 1], as: UTF8.self), radix: 16) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }
}
