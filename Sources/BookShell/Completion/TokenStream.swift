import BookLanguage

/// The tokens of the command before the cursor, read front to back by the walkers.
struct TokenStream {
  let tokens: [Token]
  private(set) var position = 0

  init(_ tokens: [Token]) {
    self.tokens = tokens
  }

  /// The next token, or nil when the words before the cursor are all read.
  var peek: Token? { peek(0) }

  func peek(_ offset: Int) -> Token? {
    position + offset < tokens.count ? tokens[position + offset] : nil
  }

  var atEnd: Bool { position >= tokens.count }

  /// How many tokens are left.
  var remaining: Int { max(tokens.count - position, 0) }

  mutating func advance(_ count: Int = 1) {
    position = min(position + count, tokens.count)
  }

  /// Whether the next token is a bare word equal to `word`, ignoring case.
  func next(is word: String) -> Bool { peek?.isWord(word) == true }

  /// Whether the next token is the symbol.
  func next(isSymbol symbol: String) -> Bool { peek?.isSymbol(symbol) == true }

  /// Whether the next token can be a value on its own (a word, string, money, variable or raw
  /// assignment text).
  var nextIsSimpleValue: Bool {
    guard let token = peek else { return false }
    switch token.kind {
    case .word, .string, .money, .variable, .rawValue: return true
    case .symbol, .separator, .comment, .narration: return false
    }
  }

  /// Skips a value with day arithmetic (`today + 14d`, `+5d`, `$12,500`).
  mutating func skipValue() -> Step {
    if next(isSymbol: "+") || next(isSymbol: "-") { advance() }
    while true {
      guard !atEnd else { return .ended([]) }
      guard nextIsSimpleValue else { return .mismatch }
      advance()
      guard next(isSymbol: "+") || next(isSymbol: "-") else { return .consumed }
      advance()
    }
  }
}
