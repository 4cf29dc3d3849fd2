import CNcursesw

/// Curses draws CJK only under a UTF-8 `LC_CTYPE`, chosen before it starts.
enum TerminalLocale {
    /// Takes the locale from the environment; when that names a locale that is not
    /// installed (common in containers and over SSH) or one that is not UTF-8, falls back
    /// to C.UTF-8 for character handling. The UI language is chosen elsewhere, from LANG.
    static func setUp() {
        setlocale(LC_ALL, "")
        if !isUTF8() {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    private static func isUTF8() -> Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
