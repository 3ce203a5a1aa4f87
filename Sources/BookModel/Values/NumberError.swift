/// Why a text is not a number (money, a decimal or a whole number).
public enum NumberError: Error, Sendable, Equatable {
  /// Nothing was written.
  case empty
  /// A character that has no place in a number.
  case unexpected(Character)
  /// A `,` that does not separate groups of three digits.
  case misplacedSeparator
  /// More digits after the point than the value holds.
  case tooManyDecimals(allowed: Int)
  /// A sign, `$` or point without digits where digits belong.
  case missingDigits
  /// Too large to hold exactly.
  case tooLarge
  /// A fraction where only whole numbers are allowed.
  case notWhole
  /// An amount of money beyond the largest one a field holds (given, as people write it).
  case beyondLimit(String)

  /// The reason, for people: "there are more than 2 digits after the point".
  public var reason: String {
    switch self {
    case .empty: return "it is empty"
    case .unexpected(let character): return "'\(character)' has no place in a number"
    case .misplacedSeparator: return "',' must separate groups of three digits (12,500.00)"
    case .tooManyDecimals(let allowed):
      return allowed == 0
        ? "a point is not allowed here" : "there are more than \(allowed) digits after the point"
    case .missingDigits: return "digits are missing"
    case .tooLarge: return "it is too large"
    case .notWhole: return "it must be a whole number"
    case .beyondLimit(let maximum): return "amounts are limited to ±\(maximum)"
    }
  }
}
