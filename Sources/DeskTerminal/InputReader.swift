import CNcursesw
import DeskUI

/// Reads every key already waiting in one go, so that a frame follows a burst of input rather
/// than each key of it, and turns a bracketed paste (`ESC [200~ … ESC [201~`, asked for with
/// `?2004h`) into one `.paste` key, so pasted text is never read as commands.
struct InputReader {
    /// The paste read so far, while its end marker has not arrived.
    private var paste: [Unicode.Scalar]?

    /// The most a paste keeps; the field it lands in refuses text longer than its own limit.
    static let pasteLimit = 1 << 22

    static let start: [UInt32] = [27, 91, 50, 48, 48, 126]  // ESC [ 2 0 0 ~
    static let end: [UInt32] = [27, 91, 50, 48, 49, 126]    // ESC [ 2 0 1 ~

    /// Waits up to the window's timeout for a key, then takes whatever else is waiting; a paste
    /// still open waits a little for the rest of it.
    mutating func read(_ window: UnsafeMutablePointer<WINDOW>, timeout: Int32) -> [Key] {
        var raw = [(status: Int32, code: UInt32)]()
        var code: wint_t = 0
        wtimeout(window, timeout)
        let first = wget_wch(window, &code)
        guard first != ERR else { return [] }
        raw.append((first, code))
        defer { wtimeout(window, timeout) }
        var keys = [Key]()
        while true {
            wtimeout(window, 0)
            while raw.count < Self.pasteLimit {
                let status = wget_wch(window, &code)
                if status == ERR { break }
                raw.append((status, code))
            }
            keys += decode(raw)
            raw.removeAll(keepingCapacity: true)
            guard paste != nil else { return keys }
            // The rest of a long paste may still be on its way.
            wtimeout(window, 200)
            let status = wget_wch(window, &code)
            guard status != ERR else {
                keys.append(.paste(String(String.UnicodeScalarView(paste!))))
                paste = nil
                return keys
            }
            raw.append((status, code))
        }
    }

    /// The mouse event ncurses queued for a KEY_MOUSE: a left click or a wheel notch.
    private static func mouse() -> Key? {
        var (x, y, kind): (Int32, Int32, Int32) = (0, 0, -1)
        guard shim_mouse_event(&x, &y, &kind) == OK else { return nil }
        let mouse: Key.Mouse? = switch kind {
        case 0: .click
        case 1: .wheelUp
        case 2: .wheelDown
        default: nil
        }
        return mouse.map { .mouse(x: Int(x), y: Int(y), $0) }
    }

    /// The keys of one batch; a paste's start or end marker may fall in any batch.
    mutating func decode(_ raw: [(status: Int32, code: UInt32)]) -> [Key] {
        var keys = [Key]()
        var i = 0
        func marker(_ bytes: [UInt32]) -> Bool {
            guard i + bytes.count <= raw.count else { return false }
            return bytes.indices.allSatisfy { raw[i + $0].status == OK && raw[i + $0].code == bytes[$0] }
        }
        while i < raw.count {
            if paste != nil {
                if marker(Self.end) {
                    keys.append(.paste(String(String.UnicodeScalarView(paste!))))
                    paste = nil
                    i += Self.end.count
                    continue
                }
                let (status, code) = raw[i]
                if status == OK, let scalar = Unicode.Scalar(code), paste!.count < Self.pasteLimit {
                    paste!.append(code == 13 ? "\n" : scalar)
                } else if status == KEY_CODE_YES, Int32(bitPattern: code) == KEY_ENTER {
                    paste!.append("\n")
                }
                i += 1
                continue
            }
            if marker(Self.start) {
                paste = []
                i += Self.start.count
                continue
            }
            if raw[i].status == KEY_CODE_YES, Int32(bitPattern: raw[i].code) == shim_key_mouse() {
                if let click = Self.mouse() { keys.append(click) }
            } else if let key = KeyDecoder.decode(status: raw[i].status, code: raw[i].code) {
                keys.append(key)
            }
            i += 1
        }
        return keys
    }
}
