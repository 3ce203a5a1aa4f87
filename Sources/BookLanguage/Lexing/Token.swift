import BookModel

/// One lexeme of a command line, with where it stands in the source.
public struct Token: Sendable, Equatable {
  public enum Kind: Sendable, Equatable {
    /// A bare word: `policies`, `P-0001`, `GL`, `2026-03-01`, `12500.00`, `4.12/100`, `14d`.
    case word
    /// A double-quoted string; `text` holds it unescaped.
    case string
    /// Money written with `$`: `$12,500.00`; `text` holds it without the `$`.
    case money
    /// A variable: `$days`; `text` holds the name.
    case variable
    /// The value of a `field=value` assignment written without spaces, taken whole up to the
    /// next space (`premium=12,500`, `policies=P-0001,P-0002`); `text` holds it.
    case rawValue
    /// An operator or punctuation: `= != < <= > >= ~ ( ) , + - += -=`.
    case symbol
    /// The end of a command: `;`, a line end, or the end of the input.
    case separator
    /// A `#` comment to the end of the line; `text` holds what follows the `#`, without the
    /// blanks around it. The parser sets comments aside (`Script.comments`); a script runner
    /// reads `# expect:` lines from them.
    case comment
    /// A `#:` narration line of a script; `text` holds what follows the `#:`, trimmed.
    case narration
  }

  public var kind: Kind
  public var text: String
  public var range: SourceRange
  /// Whether whitespace comes right before the token (`premium=1` vs `premium = 1`).
  public var spaceBefore: Bool

  public init(_ kind: Kind, _ text: String, _ range: SourceRange, spaceBefore: Bool = true) {
    self.kind = kind
    self.text = text
    self.range = range
    self.spaceBefore = spaceBefore
  }

  /// Whether this is a bare word equal to `keyword`, ignoring case.
  public func isWord(_ keyword: String) -> Bool {
    kind == .word && text.lowercased() == keyword
  }

  /// Whether this is the given symbol.
  public func isSymbol(_ symbol: String) -> Bool {
    kind == .symbol && text == symbol
  }

  public var isEnd: Bool { kind == .separator }

  /// Whether this is a `#` comment or `#:` narration, which commands never see.
  public var isComment: Bool { kind == .comment || kind == .narration }

  /// Whether this is `=`, `+=` or `-=`, which follow the field of an assignment.
  public var isAssignmentSymbol: Bool {
    kind == .symbol && (text == "=" || text == "+=" || text == "-=")
  }
}
