import BookModel

/// Turns command text into tokens, following DESIGN.md's lexical rules: one command per line,
/// `;` between commands, a trailing `\` continues, `#` starts a comment (`#:` narration), kept
/// as a token with its text and range.
public struct Lexer {
  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var column = 1
  private var tokens: [Token] = []
  private var spaceBefore = true

  public init(_ text: String) {
    self.scalars = Array(text.unicodeScalars)
  }

  /// Every token of the text, comments included, ending with a separator.
  public static func tokens(_ text: String) throws(LexError) -> [Token] {
    var lexer = Lexer(text)
    return try lexer.run()
  }

  private var location: SourceLocation { SourceLocation(line: line, column: column) }

  private func peek(_ offset: Int = 0) -> Unicode.Scalar? {
    index + offset < scalars.count ? scalars[index + offset] : nil
  }

  private mutating func advance() {
    if scalars[index] == "\n" {
      line += 1
      column = 1
    } else {
      column += 1
    }
    index += 1
  }

  private mutating func run() throws(LexError) -> [Token] {
    while let scalar = peek() {
      switch scalar {
      case " ", "\t", "\r":
        advance()
        spaceBefore = true
      case "\n", ";":
        let start = location
        advance()
        emit(.separator, String(scalar), from: start)
        spaceBefore = true
      case "#":
        comment()
      case "\\":
        try continuation()
      case "\"":
        let start = location
        emit(.string, try quoted(), from: start)
      case "$":
        try dollar()
      default:
        if Self.startsWord(scalar) {
          let start = location
          let word = scanWord()
          emit(.word, word, from: start)
          if let width = assignmentWidth() { try assignmentValue(width) }
        } else {
          try symbol()
        }
      }
    }
    emit(.separator, "", from: location)
    return tokens
  }

  private mutating func emit(_ kind: Token.Kind, _ text: String, from start: SourceLocation) {
    tokens.append(Token(kind, text, start..<location, spaceBefore: spaceBefore))
    spaceBefore = false
  }

  private mutating func scan(while accept: (Unicode.Scalar) -> Bool) -> String {
    var text = String.UnicodeScalarView()
    while let scalar = peek(), accept(scalar) {
      text.append(scalar)
      advance()
    }
    return String(text)
  }

  /// `# text` or `#: text` to the end of the line (the line end stays a separator).
  private mutating func comment() {
    let start = location
    advance()
    let narration = peek() == ":"
    if narration { advance() }
    let text = scan { $0 != "\n" }
    emit(narration ? .narration : .comment, text.trimmed, from: start)
  }

  /// A word; a `-` that starts `-=` ends it (`form-=X`).
  private mutating func scanWord() -> String {
    var text = String.UnicodeScalarView()
    while let scalar = peek(), Self.continuesWord(scalar), !(scalar == "-" && peek(1) == "=") {
      text.append(scalar)
      advance()
    }
    return String(text)
  }

  /// The length of `=`, `+=` or `-=` right after a word when a value follows it without a
  /// space (a `field=value` assignment), else nil.
  private func assignmentWidth() -> Int? {
    let width: Int
    switch peek() {
    case "=": width = 1
    case "+", "-": width = peek(1) == "=" ? 2 : 0
    default: width = 0
    }
    guard width > 0, let after = peek(width), !Self.endsRawValue(after), after != "=" else {
      return nil
    }
    return width
  }

  /// A `\` ending a line joins it with the next.
  private mutating func continuation() throws(LexError) {
    var offset = 1
    while let next = peek(offset), next == " " || next == "\t" || next == "\r" { offset += 1 }
    guard peek(offset) == "\n" || peek(offset) == nil else {
      throw LexError(reason: .unexpectedCharacter("\\"), location: location)
    }
    for _ in 0..<offset where peek() != nil { advance() }
    if peek() == "\n" { advance() }
    spaceBefore = true
  }

  private mutating func quoted() throws(LexError) -> String {
    let start = location
    advance()
    var text = String.UnicodeScalarView()
    while true {
      guard let scalar = peek(), scalar != "\n" else {
        throw LexError(reason: .unterminatedString, location: start)
      }
      advance()
      if scalar == "\"" { return String(text) }
      if scalar == "\\" {
        guard let escaped = peek(), escaped != "\n" else {
          throw LexError(reason: .unterminatedString, location: start)
        }
        guard escaped == "\"" || escaped == "\\" else {
          throw LexError(reason: .badEscape(Character(escaped)), location: location)
        }
        advance()
        text.append(escaped)
      } else {
        text.append(scalar)
      }
    }
  }

  /// `$12,500.00` is money; `$days` a variable.
  private mutating func dollar() throws(LexError) {
    let start = location
    guard let next = peek(1) else { throw LexError(reason: .dollarAlone, location: start) }
    if Self.isDigit(next) {
      advance()
      var amount = String.UnicodeScalarView()
      while let scalar = peek() {
        let separator = scalar == "," || scalar == "."
        guard Self.isDigit(scalar) || (separator && peek(1).map(Self.isDigit) == true) else {
          break
        }
        amount.append(scalar)
        advance()
      }
      emit(.money, String(amount), from: start)
    } else if next.properties.isAlphabetic || next == "_" {
      advance()
      let name = scan { $0.properties.isAlphabetic || Self.isDigit($0) || $0 == "_" }
      emit(.variable, name, from: start)
    } else {
      throw LexError(reason: .dollarAlone, location: start)
    }
  }

  /// `field=value` with no spaces: the value runs to the next space, so it may hold commas
  /// (`premium=12,500`, `policies=P-0001,P-0002`).
  private mutating func assignmentValue(_ width: Int) throws(LexError) {
    let equals = location
    var symbol = String.UnicodeScalarView()
    for _ in 0..<width {
      if let scalar = peek() { symbol.append(scalar) }
      advance()
    }
    emit(.symbol, String(symbol), from: equals)
    guard let first = peek() else { return }
    let start = location
    if first == "\"" {
      emit(.string, try quoted(), from: start)
    } else if first == "$" {
      try dollar()
    } else {
      let raw = scan { !Self.endsRawValue($0) }
      emit(raw.unicodeScalars.allSatisfy(Self.continuesWord) ? .word : .rawValue, raw, from: start)
    }
  }

  private mutating func symbol() throws(LexError) {
    let start = location
    guard let scalar = peek() else { return }
    let two = peek(1).map { String(scalar) + String($0) }
    if let two, ["!=", "<=", ">=", "+=", "-="].contains(two) {
      advance()
      advance()
      emit(.symbol, two, from: start)
      return
    }
    guard "=<>~(),+-".unicodeScalars.contains(scalar) else {
      throw LexError(reason: .unexpectedCharacter(Character(scalar)), location: start)
    }
    advance()
    emit(.symbol, String(scalar), from: start)
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

  static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.isAlphabetic || isDigit(scalar)
  }

  static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
    startsWord(scalar) || "-_./".unicodeScalars.contains(scalar)
      || scalar.properties.generalCategory == .nonspacingMark
  }

  private static func endsRawValue(_ scalar: Unicode.Scalar) -> Bool {
    " \t\r\n;()#".unicodeScalars.contains(scalar)
  }

  /// Whether a text can be written as a bare word (else it needs quotes).
  public static func isWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, startsWord(first) else { return false }
    return text.unicodeScalars.allSatisfy(continuesWord)
  }
}

extension Lexer {
  /// Whether a text is a variable name: a letter or `_`, then letters, digits and `_`.
  public static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_"
    else { return false }
    return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || isDigit($0) || $0 == "_" }
  }
}
