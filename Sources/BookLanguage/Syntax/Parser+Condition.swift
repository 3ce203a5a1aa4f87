import BookModel

/// Conditions: `or` binds loosest, then `and`, then `not`; parentheses group.
extension Parser {
  /// How deeply a condition may nest: `and`/`or` chains, `not` and parentheses together. The
  /// tree is walked recursively (evaluation, printing), so it is bounded here, with a clear
  /// error, instead of by the stack.
  static let maxConditionDepth = 200

  mutating func condition() throws(ParseError) -> Condition {
    try disjunction().condition
  }

  private mutating func disjunction() throws(ParseError) -> (condition: Condition, depth: Int) {
    var (left, depth) = try conjunction()
    while peek.isWord("or") {
      let at = next()
      let right = try conjunction()
      depth = try deeper(max(depth, right.depth) + 1, at: at)
      left = .or(left, right.condition)
    }
    return (left, depth)
  }

  private mutating func conjunction() throws(ParseError) -> (condition: Condition, depth: Int) {
    var (left, depth) = try negation()
    while peek.isWord("and") {
      let at = next()
      let right = try negation()
      depth = try deeper(max(depth, right.depth) + 1, at: at)
      left = .and(left, right.condition)
    }
    return (left, depth)
  }

  private mutating func negation() throws(ParseError) -> (condition: Condition, depth: Int) {
    if peek.isWord("not") {
      let at = next()
      try enter(at: at)
      defer { nesting -= 1 }
      let inner = try negation()
      return (.not(inner.condition), try deeper(inner.depth + 1, at: at))
    }
    if peek.isSymbol("(") {
      let at = next()
      try enter(at: at)
      defer { nesting -= 1 }
      let inner = try disjunction()
      _ = try expectSymbol(")")
      return inner
    }
    return (try comparison(), 1)
  }

  /// One more level of `not` or parentheses, refused beyond the bound before recursing.
  private mutating func enter(at token: Token) throws(ParseError) {
    nesting += 1
    guard nesting <= Self.maxConditionDepth else { throw Self.tooDeep(at: token) }
  }

  private func deeper(_ depth: Int, at token: Token) throws(ParseError) -> Int {
    guard depth <= Self.maxConditionDepth else { throw Self.tooDeep(at: token) }
    return depth
  }

  private static func tooDeep(at token: Token) -> ParseError {
    ParseError(.conditionTooDeep(levels: maxConditionDepth), at: token.range.lowerBound)
  }

  mutating func comparison() throws(ParseError) -> Condition {
    let field = try self.field(what: "a field")
    let token = peek
    if token.kind == .symbol, let op = Condition.Comparison(rawValue: token.text) {
      next()
      return .compare(field, op, try value())
    }
    if token.isSymbol("~") {
      next()
      return .matches(field, try value(what: "text to look for"))
    }
    let negated = token.isWord("not") && peek(1).isWord("in")
    if negated { next() }
    if peek.isWord("in") {
      next()
      _ = try expectSymbol("(")
      var values = [try value()]
      while peek.isSymbol(",") {
        next()
        values.append(try value())
      }
      _ = try expectSymbol(")")
      return .member(field, values, negated: negated)
    }
    if token.isWord("within") {
      next()
      let last = keyword("last")
      return .within(field, last: last, try value(what: "a period like 90d"))
    }
    if token.isWord("is") {
      next()
      let negated = keyword("not")
      guard peek.isWord("empty") else { throw .expected("'empty'", found: peek) }
      next()
      return .isEmpty(field, negated: negated)
    }
    return .flag(field)
  }
}
