/// The length of an officer's PIN or passphrase (defaults): four characters at least, a PIN's
/// usual length, and at most 64.
public enum StaffSecret {
    public static let shortest = 4
    public static let longest = 64
}
