import CNcursesw
import DeskUI

/// Turns what `wget_wch` returned into a `Key`.
enum KeyDecoder {
    /// nil for a timeout and for keys the desk has no use for.
    static func decode(status: Int32, code: UInt32) -> Key? {
        switch status {
        case KEY_CODE_YES: special(Int32(bitPattern: code))
        case OK: character(code)
        default: nil
        }
    }

    private static func special(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_ENTER: .enter
        case KEY_BTAB: .backTab
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_PPAGE: .pageUp
        case KEY_NPAGE: .pageDown
        case KEY_RESIZE: .resize
        case shim_key_f(1)...shim_key_f(63): .function(Int(code - shim_key_f(0)))
        default: nil
        }
    }

    private static func character(_ code: UInt32) -> Key? {
        switch code {
        case 9: .tab
        case 10, 13: .enter
        case 27: .escape
        case 8, 127: .backspace
        case 1...26: .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        case 0, 28...31: .ctrl(Character(Unicode.Scalar(code + 0x40)!))
        case 0x80...0x9F: nil
        default: Unicode.Scalar(code).map { .char(Character($0)) }
        }
    }
}
