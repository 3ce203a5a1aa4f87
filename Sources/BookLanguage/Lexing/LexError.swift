import BookModel

/// A lexical error: what was wrong and where.
public struct LexError: Error, Sendable, Equatable {
  public enum Reason: Sendable, Equatable {
    case unterminatedString
    case badEscape(Character)
    case unexpectedCharacter(Character)
    case dollarAlone
  }

  public var reason: Reason
  public var location: SourceLocation

  public var message: String {
    switch reason {
    case .unterminatedString:
      return "this string has no closing quote"
    case .badEscape(let character):
      return "'\\\(character)' is not an escape in a string: only \\\" and \\\\ are"
    case .unexpectedCharacter(let character):
      return "unexpected character '\(character)'"
    case .dollarAlone:
      return "'$' must start money ($12,500) or a variable ($days)"
    }
  }

  public var notes: [String] {
    switch reason {
    case .unterminatedString: return ["Close it with \", or continue the line with \\ at its end."]
    case .badEscape: return ["Write a backslash as \\\\."]
    case .unexpectedCharacter:
      return ["Quote text that holds it: \"…\"."]
    case .dollarAlone: return []
    }
  }
}
