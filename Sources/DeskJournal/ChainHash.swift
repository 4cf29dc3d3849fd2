import Crypto

/// The chain's hash, specified so a third party can re-verify a journal without StreetDesk.
///
/// `hash = lowercase_hex(SHA-256(ns(previous_hash) ns(seq) ns(at) ns(operator) ns(console) ns(kind) ns(payload)))`
///
/// where `ns(s)` is a netstring: the number of UTF-8 bytes of `s` in ASCII decimal, `:`, the bytes, `,`.
/// `seq` is ASCII decimal without leading zeros; the other fields are the text stored in the `entries`
/// columns of the same names; `previous_hash` of entry 1 is 64 `0` characters. Length prefixes make the
/// encoding unambiguous whatever the fields contain. In Python:
///
/// ```python
/// import hashlib, sqlite3
/// def ns(s): b = s.encode(); return b"%d:%s," % (len(b), b)
/// prev = "0" * 64
/// for n, (seq, *fields, p, h) in enumerate(sqlite3.connect(PATH).execute(
///         "SELECT seq, at, operator, console, kind, payload, previous_hash, hash FROM entries ORDER BY seq"), 1):
///     assert seq == n and p == prev, seq
///     prev = hashlib.sha256(b"".join(ns(x) for x in [p, str(seq), *fields])).hexdigest()
///     assert prev == h, seq
/// ```
struct ChainHash {
    static let genesis = String(repeating: "0", count: 64)

    /// The hash of an entry being appended.
    static func hash(
        previousHash: String, seq: Int64, atText: String,
        operatorName: String, console: String, kind: String, payload: String
    ) -> String {
        var chain = ChainHash()
        let digest = chain.digest(
            previousHash: previousHash.utf8, seq: seq, atText: atText.utf8, operatorName: operatorName.utf8,
            console: console.utf8, kind: kind.utf8, payload: payload.utf8)
        return String(unsafeUninitializedCapacity: 64) { hex in
            digest.withUnsafeBytes { bytes in
                for (i, byte) in bytes.enumerated() {
                    hex[2 * i] = hexDigits[Int(byte >> 4)]
                    hex[2 * i + 1] = hexDigits[Int(byte & 0x0f)]
                }
            }
            return 64
        }
    }

    /// The netstrings of the entry being hashed, kept between entries so that verifying a journal reuses one buffer.
    private var encoding: [UInt8] = []

    /// The SHA-256 of one entry's encoding, from the fields' UTF-8 bytes as stored (a `String`'s `utf8`, or
    /// SQLite's column text): one contiguous buffer and one hash call, rather than an update per piece.
    mutating func digest(
        previousHash: some Collection<UInt8>, seq: Int64, atText: some Collection<UInt8>,
        operatorName: some Collection<UInt8>, console: some Collection<UInt8>, kind: some Collection<UInt8>,
        payload: some Collection<UInt8>
    ) -> SHA256.Digest {
        encoding.removeAll(keepingCapacity: true)
        netstring(previousHash)
        netstring(seq)
        netstring(atText)
        netstring(operatorName)
        netstring(console)
        netstring(kind)
        netstring(payload)
        return encoding.withUnsafeBytes { SHA256.hash(data: $0) }
    }

    /// Whether `hex` is exactly the lowercase hex spelling of `digest` (as stored in the `hash` column).
    static func digest(_ digest: SHA256.Digest, isSpelled hex: UnsafeBufferPointer<UInt8>) -> Bool {
        guard hex.count == 64 else { return false }
        return digest.withUnsafeBytes { bytes in
            bytes.enumerated().allSatisfy { i, byte in
                hex[2 * i] == hexDigits[Int(byte >> 4)] && hex[2 * i + 1] == hexDigits[Int(byte & 0x0f)]
            }
        }
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func netstring(_ field: some Collection<UInt8>) {
        decimal(UInt64(field.count))
        encoding.append(UInt8(ascii: ":"))
        encoding.append(contentsOf: field)
        encoding.append(UInt8(ascii: ","))
    }

    /// `seq` as a netstring of its ASCII decimal, written without making a String.
    private mutating func netstring(_ seq: Int64) {
        var digits = 1
        var rest = seq.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        decimal(UInt64(digits + (seq < 0 ? 1 : 0)))
        encoding.append(UInt8(ascii: ":"))
        if seq < 0 { encoding.append(UInt8(ascii: "-")) }
        decimal(seq.magnitude)
        encoding.append(UInt8(ascii: ","))
    }

    /// ASCII decimal without leading zeros.
    private mutating func decimal(_ value: UInt64) {
        if value >= 10 { decimal(value / 10) }
        encoding.append(UInt8(ascii: "0") + UInt8(value % 10))
    }
}
