import Foundation
/// Placeholder until the built-in theme loader lands.
public enum BuiltinThemes {}
