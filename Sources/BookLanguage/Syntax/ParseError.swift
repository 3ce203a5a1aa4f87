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

  /// "expected X, found Y" at the token.
  static func expected(_ what: String, found token: Token, notes: [String] = []) -> ParseError {
    ParseError(
      "expected \(what), found \(describe(token))", at: token.range.lowerBound, notes: notes)
  }

  /// How a token is named in a message.
  static func describe(_ token: Token) -> String {
    switch token.kind {
    case .separator: return token.text == ";" ? "';'" : "the end of the command"
    case .string: return "the string \(Literal.quote(token.text))"
    case .money: return "'$\(token.text)'"
    case .variable: return "'$\(token.text)'"
    case .word, .rawValue, .symbol: return "'\(token.text)'"
    case .comment, .narration: return "a comment"
    }
  }

  init(_ error: LexError) {
    self.init(error.message, at: error.location, notes: error.notes)
  }
}
