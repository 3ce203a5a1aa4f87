import BookModel

/// Turns tokens into commands: registry entries with their arguments, and queries.
public struct Parser {
  let tokens: [Token]
  var position = 0
  private let registry: Registry
  /// The input's lines as scalars, made once: a command's source text is sliced from them
  /// (a line of many commands stays linear).
  private let lines: [[Unicode.Scalar]]
  /// How many `not` and parentheses enclose the condition being parsed.
  var nesting = 0

  private init(tokens: [Token], registry: Registry, lines: [String]) {
    self.init(tokens: tokens, registry: registry, scalars: lines.map { Array($0.unicodeScalars) })
  }

  private init(tokens: [Token], registry: Registry, scalars: [[Unicode.Scalar]]) {
    self.tokens = tokens
    self.registry = registry
    self.lines = scalars
  }

  /// Parses a whole input (a `-c` text, a shell line, a script).
  public static func parse(_ text: String, file: String? = nil, registry: Registry)
    throws(ParseError) -> Script
  {
    let lines = text.sourceLines
    let all: [Token]
    do {
      all = try Lexer.tokens(text)
    } catch {
      throw ParseError(error)
    }
    let tokens = all.filter { !$0.isComment }
    var parser = Parser(tokens: tokens, registry: registry, lines: lines)
    var commands: [Command] = []
    while true {
      parser.skipSeparators()
      guard parser.position < tokens.count - 1 else { break }
      commands.append(try parser.command())
      guard parser.peek.isEnd else {
        throw .expected("the end of the command", found: parser.peek)
      }
    }
    return Script(
      commands: commands, file: file, lines: lines, comments: all.compactMap(ScriptComment.init))
  }

  // MARK: Tokens

  var peek: Token { tokens[min(position, tokens.count - 1)] }

  func peek(_ offset: Int) -> Token { tokens[min(position + offset, tokens.count - 1)] }

  var previousEnd: SourceLocation {
    position > 0 ? tokens[position - 1].range.upperBound : peek.range.lowerBound
  }

  @discardableResult
  mutating func next() -> Token {
    let token = peek
    if position < tokens.count - 1 { position += 1 }
    return token
  }

  private mutating func skipSeparators() {
    while peek.isEnd && position < tokens.count - 1 { position += 1 }
  }

  mutating func keyword(_ word: String) -> Bool {
    guard peek.isWord(word) else { return false }
    next()
    return true
  }

  mutating func expectKeyword(_ word: String) throws(ParseError) {
    guard keyword(word) else { throw .expected("'\(word)'", found: peek) }
  }

  mutating func expectSymbol(_ symbol: String) throws(ParseError) -> Token {
    guard peek.isSymbol(symbol) else { throw .expected("'\(symbol)'", found: peek) }
    return next()
  }

  // MARK: Commands

  mutating func command() throws(ParseError) -> Command {
    let first = peek
    guard first.kind == .word else {
      throw ParseError(.expectedCommand(found: first), at: first.range.lowerBound)
    }
    var words: [String] = []
    while words.count < 3, peek(words.count).kind == .word {
      words.append(peek(words.count).text)
    }
    if let (spec, count) = registry.match(words), !(count == 1 && readsAsQuery(first)) {
      for _ in 0..<count { next() }
      let nameRange = first.range.lowerBound..<previousEnd
      var arguments: [String: Argument] = [:]
      try slots(spec.grammar, into: &arguments)
      return make(spec.name, nameRange: nameRange, arguments: arguments, from: first)
    }
    if isPlannedCommand(first) { throw unknownCommand(first) }
    if let error = unknownVerb(after: first) { throw error }
    if Schema.kind(named: first.text) != nil
      || (first.isWord("count") && peek(1).kind == .word
        && Schema.kind(named: peek(1).text) != nil)
    {
      let query = try self.query()
      return make(
        "query", nameRange: first.range.lowerBound..<first.range.lowerBound,
        arguments: ["query": .query(query)], from: first)
    }
    throw unknownCommand(first)
  }

  private func make(
    _ name: String, nameRange: SourceRange, arguments: [String: Argument], from first: Token
  ) -> Command {
    let range = first.range.lowerBound..<previousEnd
    return Command(
      name: name, nameRange: nameRange, arguments: arguments, range: range, source: text(range))
  }

  /// Words DESIGN.md's workflows will make commands (some are kinds too: `note ACME "…"`,
  /// `audit open …`). Until they are registered, they are unknown commands — never typos of
  /// the commands there are (`delegate` is not `delete`).
  static let plannedCommands: Set<String> = [
    "walk"
  ]

  /// Whether the first word is a planned command used as one: not a kind, or a kind followed
  /// by something no query takes (`audit open`, not `audit where …`).
  private func isPlannedCommand(_ first: Token) -> Bool {
    guard Self.plannedCommands.contains(first.text.lowercased()) else { return false }
    guard Schema.kind(named: first.text) != nil else { return true }
    let after = peek(1)
    if after.isEnd || after.isSymbol(")") { return false }
    return !(after.kind == .word && Self.clauses.contains(after.text.lowercased()))
  }

  /// Whether a kind word that is also a command (`note`, `notes`) is used as a query: alone,
  /// or followed by a query clause (`notes sort at desc`), not by arguments (`notes ACME`).
  private func readsAsQuery(_ first: Token) -> Bool {
    guard Schema.kind(named: first.text) != nil else { return false }
    let after = peek(1)
    if after.isEnd || after.isSymbol(")") { return true }
    return after.kind == .word && Self.clauses.contains(after.text.lowercased())
  }

  /// A kind word with verbs (`cert issue`) followed by a word that is neither one of them nor
  /// a query clause: `cert isue` is an unknown cert command, with did-you-mean.
  private func unknownVerb(after first: Token) -> ParseError? {
    let word = first.text.lowercased()
    let verbs = registry.allNames.compactMap { name -> String? in
      let parts = name.split(separator: " ").map(String.init)
      return parts.count == 2 && parts[0] == word ? parts[1] : nil
    }
    let after = peek(1)
    guard !verbs.isEmpty, after.kind == .word, !Self.clauses.contains(after.text.lowercased())
    else { return nil }
    let close = Suggestion.closest(to: after.text.lowercased(), in: verbs)
    return ParseError(
      .unknownVerb(word, verb: after.text, suggestion: close, verbs: verbs),
      at: after.range.lowerBound)
  }

  private func unknownCommand(_ token: Token) -> ParseError {
    guard !Self.plannedCommands.contains(token.text.lowercased()) else {
      return ParseError(.plannedCommand(token.text), at: token.range.lowerBound)
    }
    let candidates =
      registry.allNames.filter { !$0.contains(" ") }
      + Schema.kinds.flatMap {
        [$0.singular, $0.plural] + $0.aliases
      }
    let close = Suggestion.closest(to: token.text, in: candidates, short: 4)
    return ParseError(
      .unknownCommandOrKind(token.text, suggestion: close), at: token.range.lowerBound)
  }

  /// The source text of a range (lines joined by spaces when it spans several).
  private func text(_ range: SourceRange) -> String {
    var parts: [String] = []
    for line in range.lowerBound.line...max(range.lowerBound.line, range.upperBound.line) {
      guard line >= 1 && line <= lines.count else { continue }
      let scalars = lines[line - 1]
      let start = line == range.lowerBound.line ? range.lowerBound.column - 1 : 0
      let end =
        line == range.upperBound.line
        ? min(range.upperBound.column - 1, scalars.count) : scalars.count
      guard start < end else { continue }
      var piece = Self.string(scalars[start..<end])
      if line != range.upperBound.line, piece.hasSuffix("\\") { piece.removeLast() }
      parts.append(piece.trimmed)
    }
    return parts.filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// Scalars as a string, encoded into one buffer (appending scalars to a string one by one
  /// cost most of parsing a `set` line).
  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(scalars.count)
    for scalar in scalars {
      if scalar.isASCII {
        bytes.append(UInt8(scalar.value))
      } else {
        bytes.append(contentsOf: String(Character(scalar)).utf8)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  // MARK: Grammar slots

  private mutating func slots(_ grammar: [Slot], into arguments: inout [String: Argument])
    throws(ParseError)
  {
    for (index, slot) in grammar.enumerated() {
      let stops = Set(grammar[(index + 1)...].flatMap(\.keywords))
      try self.slot(slot, stops: stops, into: &arguments)
    }
  }

  private mutating func slot(
    _ slot: Slot, stops: Set<String>, into arguments: inout [String: Argument]
  )
    throws(ParseError)
  {
    switch slot {
    case .keyword(let word):
      try expectKeyword(word)
    case .symbol(let symbol):
      _ = try expectSymbol(symbol)
    case .kind(let name):
      let (kind, range) = try self.kind()
      arguments[name] = .kind(kind, range)
    case .word(let name, _):
      let token = peek
      switch token.kind {
      case .word: arguments[name] = .value(ValueNode(.word(token.text), token.range))
      case .variable: arguments[name] = .value(ValueNode(.variable(token.text), token.range))
      default: throw .expected(name, found: token)
      }
      next()
    case .text(let name, _):
      let token = peek
      switch token.kind {
      case .word: arguments[name] = .value(ValueNode(.word(token.text), token.range))
      case .string: arguments[name] = .value(ValueNode(.string(token.text), token.range))
      case .variable: arguments[name] = .value(ValueNode(.variable(token.text), token.range))
      default: throw .expected(name, found: token)
      }
      next()
    case .value(let name, _):
      arguments[name] = .value(try value(what: name))
    case .words(let name, _):
      let start = peek.range.lowerBound
      var words: [String] = []
      while !peek.isEnd { words.append(next().text) }
      arguments[name] = .value(ValueNode(.word(words.joined(separator: " ")), start..<previousEnd))
    case .assignments(let name):
      arguments[name] = .assignments(try assignments())
    case .condition(let name):
      arguments[name] = .condition(try condition())
    case .query(let name):
      arguments[name] = .query(try query())
    case .clauses(let name, let kind):
      let here = peek.range.lowerBound..<peek.range.lowerBound
      var query = Query(kind: kind, kindRange: here)
      try clauses(into: &query)
      arguments[name] = .query(query)
    case .command(let name):
      arguments[name] = .command(try command(endingBefore: stops))
    case .optional(let inner):
      guard let first = inner.first,
        first.begins(with: peek, next: peek(1), stops: stops)
      else { return }
      let start = peek.range.lowerBound
      try slots(inner, into: &arguments)
      if case .keyword(let word) = first, inner.count == 1 {
        arguments[word] = .present(start..<previousEnd)
      }
      if case .symbol(let symbol) = first, inner.count == 1 {
        arguments[symbol] = .present(start..<previousEnd)
      }
    }
  }

  /// A nested command that ends before the first of `stops` outside parentheses (the list of
  /// `each LIST do COMMAND` ends at `do`), else at the end of the command.
  private mutating func command(endingBefore stops: Set<String>) throws(ParseError) -> Command {
    var depth = 0
    var index = position
    while index < tokens.count - 1, !tokens[index].isEnd {
      let token = tokens[index]
      if token.isSymbol("(") { depth += 1 }
      if token.isSymbol(")") { depth -= 1 }
      if depth == 0, token.kind == .word, stops.contains(token.text.lowercased()) { break }
      index += 1
    }
    guard index > position, tokens[index].kind == .word else { return try command() }
    let stop = tokens[index].range.lowerBound
    let end = Token(.separator, "", stop..<stop)
    var inner = Parser(
      tokens: Array(tokens[position..<index]) + [end], registry: registry, scalars: lines)
    let command = try inner.command()
    guard inner.position == index - position else {
      throw .expected("'\(tokens[index].text.lowercased())'", found: inner.peek)
    }
    position = index
    return command
  }

  mutating func kind() throws(ParseError) -> (KindID, SourceRange) {
    let token = peek
    guard token.kind == .word else { throw .expected("a kind", found: token) }
    guard let spec = Schema.kind(named: token.text) else {
      let words = Schema.kinds.filter { $0.kind != .change }.flatMap { [$0.singular, $0.plural] }
      let close = Suggestion.closest(to: token.text, in: words)
      throw ParseError(.unknownKind(token.text, suggestion: close), at: token.range.lowerBound)
    }
    next()
    return (spec.kind, token.range)
  }

  // MARK: Values

  /// A value: a word, a string, money, a variable, raw assignment text, or day arithmetic
  /// (`today + 14d`, `+5d`).
  mutating func value(what: String = "a value") throws(ParseError) -> ValueNode {
    let start = peek.range.lowerBound
    if peek.isSymbol("+") || peek.isSymbol("-") {
      let sign = Literal.Sign(rawValue: next().text) ?? .plus
      let amount = try simpleValue(what: "an amount like 5d, 2w, 1m")
      return ValueNode(.offset(base: nil, sign: sign, amount: amount), start..<previousEnd)
    }
    var literal = try simpleValue(what: what)
    while peek.isSymbol("+") || peek.isSymbol("-"), literal.canBeDayBase {
      let sign = Literal.Sign(rawValue: next().text) ?? .plus
      let amount = try simpleValue(what: "an amount like 5d, 2w, 1m")
      literal = .offset(base: literal, sign: sign, amount: amount)
    }
    return ValueNode(literal, start..<previousEnd)
  }

  mutating func simpleValue(what: String) throws(ParseError) -> Literal {
    let token = peek
    let literal: Literal
    switch token.kind {
    case .word: literal = .word(token.text)
    case .string: literal = .string(token.text)
    case .money: literal = .money(token.text)
    case .variable: literal = .variable(token.text)
    case .rawValue: literal = .raw(token.text)
    case .symbol, .separator, .comment, .narration: throw .expected(what, found: token)
    }
    next()
    return literal
  }

  /// `FIELD=VALUE`, `FIELD+=VALUE`, `FIELD-=VALUE`; `FIELD=` with nothing after it (a space
  /// or the end) clears the field.
  private mutating func assignments() throws(ParseError) -> [Assignment] {
    var list: [Assignment] = []
    while peek.kind == .word, peek(1).isAssignmentSymbol {
      let field = fieldRef(next())
      let symbol = next()
      let operation = Assignment.Operation(rawValue: symbol.text) ?? .replace
      if operation == .replace, !symbol.spaceBefore, peek.isEnd || peek.spaceBefore {
        let end = symbol.range.upperBound
        list.append(Assignment(field: field, value: ValueNode(.raw(""), end..<end)))
        continue
      }
      let value = try self.value(what: "a value after '\(symbol.text)'")
      list.append(Assignment(field: field, operation, value: value))
    }
    return list
  }

  func fieldRef(_ token: Token) -> FieldRef {
    FieldRef(token.text.split(separator: ".").map { $0.lowercased() }, token.range)
  }

  mutating func field(what: String = "a field") throws(ParseError) -> FieldRef {
    guard peek.kind == .word else { throw .expected(what, found: peek) }
    return fieldRef(next())
  }
}

extension Literal {
  /// Whether `+`/`-` after this literal is day arithmetic (`today + 14d`, `2026-01-15 - 1m`).
  var canBeDayBase: Bool {
    switch self {
    case .word(let word): return word.lowercased() == "today" || Day(word) != nil
    case .variable: return true
    default: return false
    }
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and carriage returns.
  var trimmed: String {
    let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" }
    // Two index scans, not reversed copies: this runs for every command a script parses.
    guard let first = firstIndex(where: { !blank($0) }), let last = lastIndex(where: { !blank($0) })
    else { return "" }
    return String(self[first...last])
  }
}
