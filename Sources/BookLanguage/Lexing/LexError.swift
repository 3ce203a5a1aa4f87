import BookModel

/// A lexical error: what was wrong and where (its wording is in LanguageRefusal+Phrases).
public struct LexError: Error, Sendable, Equatable {
  public enum Reason: Sendable, Equatable {
    case unterminatedString
    case badEscape(Character)
    case unexpectedCharacter(Character)
    case dollarAlone
  }

  public var reason: Reason
  public var location: SourceLocation
}
