import BookModel

/// A `where` condition.
public indirect enum Condition: Sendable, Equatable {
  case and(Condition, Condition)
  case or(Condition, Condition)
  case not(Condition)
  /// `FIELD op VALUE`.
  case compare(FieldRef, Comparison, ValueNode)
  /// `FIELD in (V, …)`, or `FIELD not in (V, …)` when negated.
  case member(FieldRef, [ValueNode], negated: Bool)
  /// `FIELD within N` (today … today + N) or `FIELD within last N` (today - N … today).
  case within(FieldRef, last: Bool, ValueNode)
  /// `FIELD is empty` / `FIELD is not empty`.
  case isEmpty(FieldRef, negated: Bool)
  /// `FIELD ~ TEXT`: contains, ignoring case and accents.
  case matches(FieldRef, ValueNode)
  /// A boolean field alone (`in_force`, `overdue`).
  case flag(FieldRef)

  public enum Comparison: String, Sendable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">"
    case greaterOrEqual = ">="
  }

  /// The fields the condition reads, left to right.
  public var fields: [FieldRef] {
    switch self {
    case .and(let left, let right), .or(let left, let right): return left.fields + right.fields
    case .not(let inner): return inner.fields
    case .compare(let field, _, _), .member(let field, _, _), .within(let field, _, _),
      .isEmpty(let field, _), .matches(let field, _), .flag(let field):
      return [field]
    }
  }
}
