/// A record that breaks a rule: which field (and which occurrence of it), and what is wrong.
/// BookStore turns the field into `file:line:col`; the language turns it into a refusal.
public struct Violation: Error, Sendable, Equatable, CustomStringConvertible {
  /// The rule broken, for tests and for `check` summaries.
  public enum Rule: String, Sendable {
    case mandatory, type, enumeration, repeated, reference, duplicateID, range, lifecycle, business
    case fieldName
  }

  public var rule: Rule
  /// The field at fault; nil when the record as a whole is.
  public var field: String?
  /// Which occurrence of the field (0 for the first).
  public var occurrence: Int
  /// What is wrong, for people: "invalid date '2026-13-01': there is no month 13".
  public var message: String
  /// What to do about it, when there is something to say.
  public var hint: String?

  public init(
    _ rule: Rule, field: String? = nil, occurrence: Int = 0, _ message: String,
    hint: String? = nil
  ) {
    self.rule = rule
    self.field = field
    self.occurrence = occurrence
    self.message = message
    self.hint = hint
  }

  public var description: String {
    hint.map { "\(message) (\($0))" } ?? message
  }
}
