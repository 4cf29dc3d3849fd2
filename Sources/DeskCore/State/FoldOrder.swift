extension DeskState {
    /// Whether `r` may be folded next: the street's configuration first and once, everything else
    /// after it. Nil when it may; the damage otherwise, which the reader reports instead of folding.
    func damage(folding r: Recorded) -> JournalDamage? {
        let configures = if case .streetConfigured = r.event { true } else { false }
        guard configures == (street == nil) else { return JournalDamage(seq: r.seq, problem: .outOfPlace(kind: r.event.kind)) }
        return nil
    }

    /// Folds `r` when it may be folded next; throws its damage, changing nothing, when it may not.
    public mutating func applyChecked(_ r: Recorded) throws(JournalDamage) {
        if let damage = damage(folding: r) { throw damage }
        apply(r)
    }
}
