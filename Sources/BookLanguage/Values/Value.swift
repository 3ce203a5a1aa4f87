import BookModel

/// A typed value in the language: what a field holds once decoded, what a literal on the
/// right of a comparison means, and what a result cell shows.
public enum Value: Sendable, Hashable {
  /// An absent or empty field.
  case empty
  case text(String)
  case money(Money)
  case decimal(ExactDecimal)
  case int(Int)
  case day(Day)
  case bool(Bool)

  /// The type of a non-empty value (nil for `.empty`).
  public var type: ValueType? {
    switch self {
    case .empty: return nil
    case .text: return .text
    case .money: return .money
    case .decimal: return .decimal
    case .int: return .int
    case .day: return .day
    case .bool: return .bool
    }
  }

  public var isEmpty: Bool { self == .empty }
}

/// The type of a column or a field in the language.
public enum ValueType: String, Sendable, Hashable {
  case text, money, decimal, int, day, bool
}
