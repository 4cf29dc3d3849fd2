/// The line-breaking rules of Chinese and Japanese typesetting (禁则): a row never starts with
/// closing punctuation (`，` `。` `）`…) and never ends with an opening bracket (`（` `“`…).
enum Kinsoku {
    /// Punctuation that may not start a row.
    static let noStart: Set<Character> = Set("，。、；：？！）】」』》〉”’…·")
    /// Punctuation that may not end a row.
    static let noEnd: Set<Character> = Set("（【「『《〈“‘")

    /// Breaking `row` before `next`: the characters to carry from the end of `row` to the next
    /// row so that neither rule is broken, removed from `row`. At most three characters move
    /// (`知”` before `，`, say, or an opening bracket before them), and never the first `keeping`.
    static func carry(_ row: inout String, before next: Character, keeping: Int) -> String {
        var carried = ""
        var following = next
        while row.count > keeping + 1, carried.count < 3, let last = row.last,
              noStart.contains(following) || noEnd.contains(last) {
            carried.insert(row.removeLast(), at: carried.startIndex)
            following = last
        }
        return carried
    }
}
