import BookModel

/// Queries: a kind, then clauses in any order, each at most once.
extension Parser {
  static let clauses = Query.clauses

  mutating func query() throws(ParseError) -> Query {
    var leading: Query.Aggregate?
    if peek.isWord("count") {
      let token = next()
      leading = Query.Aggregate(function: .count, field: nil, range: token.range)
    }
    let (kind, kindRange) = try self.kind()
    var query = Query(kind: kind, kindRange: kindRange)
    query.aggregate = leading
    try clauses(into: &query)
    return query
  }

  /// The clauses after a query's kind, up to the end of the command (or a closing `)`).
  mutating func clauses(into query: inout Query) throws(ParseError) {
    var seen: Set<String> = []
    while !peek.isEnd && !peek.isSymbol(")") {
      let token = peek
      let word = token.kind == .word ? token.text.lowercased() : ""
      guard Self.clauses.contains(word) else {
        throw .expected(
          "where, sort, limit, fields, sum, avg, min, max, count, by, as or into", found: token)
      }
      var clause = Query.aggregateClauses.contains(word) ? "aggregate" : word
      if word == "as" && peek(1).isWord("of") { clause = "as of" }
      guard !seen.contains(clause), clause != "aggregate" || query.aggregate == nil else {
        throw ParseError(.givenTwice(word), at: token.range.lowerBound)
      }
      seen.insert(clause)
      next()
      try self.clause(word, token: token, into: &query)
    }
  }

  mutating func clause(_ word: String, token: Token, into query: inout Query)
    throws(ParseError)
  {
    switch word {
    case "where":
      query.condition = try condition()
    case "sort":
      repeat {
        if peek.isSymbol(",") { next() }
        let field = try self.field()
        let descending = keyword("desc")
        if !descending { _ = keyword("asc") }
        query.sort.append(Query.SortKey(field: field, descending: descending))
      } while peek.isSymbol(",")
    case "limit":
      guard peek.kind == .word, let limit = Int(peek.text), limit >= 0 else {
        throw .expected("a number of rows", found: peek)
      }
      next()
      query.limit = limit
    case "fields":
      repeat {
        if peek.isSymbol(",") { next() }
        query.fields.append(try field())
      } while peek.isSymbol(",")
    case "by":
      repeat {
        if peek.isSymbol(",") { next() }
        query.by.append(try field())
      } while peek.isSymbol(",")
    case "as" where peek.isWord("of"):
      next()
      query.asOf = try value(what: "a day")
    case "as":
      guard peek.kind == .word, let format = OutputFormat(rawValue: peek.text.lowercased()) else {
        throw .expected(
          "a format: " + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "),
          found: peek)
      }
      next()
      query.format = format
    case "into":
      let target = peek
      guard target.kind == .word || target.kind == .string else {
        throw .expected("a file name", found: target)
      }
      next()
      query.into = ValueNode(
        target.kind == .string ? .string(target.text) : .word(target.text), target.range)
    default:
      let function = Query.Function(rawValue: word) ?? .count
      var field: FieldRef?
      if function != .count { field = try self.field(what: "a field to \(word)") }
      query.aggregate = Query.Aggregate(
        function: function, field: field, range: token.range.lowerBound..<previousEnd)
    }
  }
}
