import BookModel

/// A syntax error: what was expected and what was found, at a place in the source.
public struct ParseError: Error, Sendable, Equatable {
  public var message: String
  public var location: SourceLocation
  public var notes: [String]

  public init(_ message: String, at location: SourceLocation, notes: [String] = []) {
    self.message = message
    self.location = location
    self.notes = notes
  }

  /// The refusal's wording, at a place in the source.
  init(_ refusal: LanguageRefusal, at location: SourceLocation) {
    self.init(refusal.message, at: location, notes: refusal.notes)
  }

  /// "expected X, found Y" at the token.
  static func expected(_ what: String, found token: Token) -> ParseError {
    ParseError(.expected(what, found: token), at: token.range.lowerBound)
  }

  init(_ error: LexError) {
    self.init(error.message, at: error.location, notes: error.notes)
  }
}
