import BookModel

/// Conditions: `or` binds loosest, then `and`, then `not`; parentheses group.
extension Parser {
  mutating func condition() throws(ParseError) -> Condition {
    var left = try conjunction()
    while keyword("or") {
      left = .or(left, try conjunction())
    }
    return left
  }

  mutating func conjunction() throws(ParseError) -> Condition {
    var left = try negation()
    while keyword("and") {
      left = .and(left, try negation())
    }
    return left
  }

  mutating func negation() throws(ParseError) -> Condition {
    if keyword("not") { return .not(try negation()) }
    if peek.isSymbol("(") {
      next()
      let inner = try condition()
      _ = try expectSymbol(")")
      return inner
    }
    return try comparison()
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
