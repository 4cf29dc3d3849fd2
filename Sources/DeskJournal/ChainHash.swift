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
enum ChainHash {
    static let genesis = String(repeating: "0", count: 64)

    static func hash(
        previousHash: String, seq: Int64, atText: String,
        operatorName: String, console: String, kind: String, payload: String
    ) -> String {
        var hasher = SHA256()
        for field in [previousHash, String(seq), atText, operatorName, console, kind, payload] {
            let bytes = Array(field.utf8)
            hasher.update(data: Array("\(bytes.count):".utf8))
            hasher.update(data: bytes)
            hasher.update(data: [UInt8(ascii: ",")])
        }
        return hex(hasher.finalize())
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func hex(_ digest: SHA256.Digest) -> String {
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(hexDigits[Int(byte >> 4)])
            text.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
