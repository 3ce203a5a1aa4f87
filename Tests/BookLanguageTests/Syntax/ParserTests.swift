import BookLanguage
import BookModel
import Testing

@Suite struct ParserTests {
  let registry = Registry.standard

  private func parse(_ text: String) throws(ParseError) -> [Command] {
    try Parser.parse(text, registry: registry).commands
  }

  private func query(_ text: String) throws -> Query {
    let commands = try parse(text)
    guard case .query(let query)? = commands.first?.arguments["query"] else {
      Issue.record("not a query: \(text)")
      throw ParseError("not a query", at: SourceLocation(line: 1, column: 1))
    }
    return query
  }

  @Test func queryClauses() throws {
    let q = try query(
      "policies where expires within 90d and line in (GL, WC) sort expiration desc, id limit 5")
    #expect(q.kind == .policy)
    #expect(q.sort.map(\.field.name) == ["expiration", "id"])
    #expect(q.sort.map(\.descending) == [true, false])
    #expect(q.limit == 5)
    guard
      case .and(.within(let field, false, let period), .member(let line, let values, false))? =
        q.condition
    else {
      Issue.record("unexpected condition \(String(describing: q.condition))")
      return
    }
    #expect(field.name == "expires" && period.literal == .word("90d"))
    #expect(line.name == "line" && values.map(\.literal) == [.word("GL"), .word("WC")])
  }

  @Test func intoIsNotPartOfTheValue() throws {
    let q = try query("policies where premium > 10000 into x.csv")
    #expect(q.into?.literal == .word("x.csv"))
    guard case .compare(_, .greater, let value)? = q.condition else {
      Issue.record("no comparison")
      return
    }
    #expect(value.literal == .word("10000"))
  }

  @Test func dayArithmeticNeedsSpaces() throws {
    let spaced = try query("audits where due < today - 2w")
    guard case .compare(_, _, let value)? = spaced.condition else { return }
    #expect(value.literal == .offset(base: .word("today"), sign: .minus, amount: .word("2w")))
    let joined = try query("audits where due < today-2w")
    guard case .compare(_, _, let word)? = joined.condition else { return }
    #expect(word.literal == .word("today-2w"))
  }

  @Test func moneyAndVariables() throws {
    let q = try query("policies where premium > $12,500 and expiration < today + $days")
    guard case .and(.compare(_, _, let money), .compare(_, _, let days))? = q.condition else {
      Issue.record("unexpected")
      return
    }
    #expect(money.literal == .money("12,500"))
    #expect(days.literal == .offset(base: .word("today"), sign: .plus, amount: .variable("days")))
  }

  @Test func bareWordsOnTheRightAreValues() throws {
    let q = try query("policies where carrier = account")
    guard case .compare(let field, .equal, let value)? = q.condition else { return }
    #expect(field.name == "carrier")
    #expect(value.literal == .word("account"))
  }

  @Test func setForms() throws {
    let one = try parse("set policy P-0001 premium=13250.00")[0]
    #expect(one.arguments["id"] == .value(ValueNode(.word("P-0001"), one.arguments.range("id"))))
    let bulk = try parse("set policies billing=direct where carrier = HART")[0]
    #expect(bulk.arguments["id"] == nil)
    guard case .assignments(let list)? = bulk.arguments["assignments"] else {
      Issue.record("no assignments")
      return
    }
    #expect(list.map(\.field.name) == ["billing"])
    #expect(bulk.arguments["condition"] != nil)
  }

  @Test(
    arguments: [
      (
        "set policy P-0001 form+=X form-=\"CG 20 10 04/13\" form=Y",
        [
          ("form", Assignment.Operation.add, Literal.word("X")),
          ("form", .remove, .string("CG 20 10 04/13")), ("form", .replace, .word("Y")),
        ]
      ),
      (
        "set policy P-0001 notes= premium=1",
        [("notes", .replace, .raw("")), ("premium", .replace, .word("1"))]
      ),
      ("set policy P-0001 notes=", [("notes", .replace, .raw(""))]),
      ("set policy P-0001 notes=;", [("notes", .replace, .raw(""))]),
      ("set policy P-0001 form += X", [("form", .add, .word("X"))]),
    ] as [(String, [(String, Assignment.Operation, Literal)])])
  func assignmentOperations(text: String, expected: [(String, Assignment.Operation, Literal)])
    throws
  {
    let commands = try parse(text)
    guard case .assignments(let list)? = commands.first?.arguments["assignments"] else {
      Issue.record("no assignments in \(text)")
      return
    }
    #expect(list.map(\.field.name) == expected.map(\.0))
    #expect(list.map(\.operation) == expected.map(\.1))
    #expect(list.map(\.value.literal) == expected.map(\.2))
  }

  @Test func notInAndSeveralByFields() throws {
    let q = try query("policies where line not in (GL, WC) count by carrier, line")
    guard case .member(let field, let values, true)? = q.condition else {
      Issue.record("unexpected condition \(String(describing: q.condition))")
      return
    }
    #expect(field.name == "line" && values.map(\.literal) == [.word("GL"), .word("WC")])
    #expect(q.by.map(\.name) == ["carrier", "line"])
    #expect(Printer.print(q) == "count policies where line not in (GL, WC) by carrier, line")
  }

  @Test func commandsSplitOnSemicolonsAndLines() throws {
    let commands = try parse(
      "use ACME; policies\n# a comment\ncount policies \\\n  where line = GL")
    #expect(commands.map(\.name) == ["use", "query", "query"])
    #expect(commands[2].source == "count policies where line = GL")
  }

  @Test(
    arguments: [
      ("policys", "unknown command or kind 'policys'", 1, "Did you mean 'policy'?"),
      (
        "policies were x = 1",
        "expected where, sort, limit, fields, sum, avg, min, max, count, by, as or into, found 'were'",
        10, nil
      ),
      ("policies where", "expected a field, found the end of the command", 15, nil),
      ("policies where premium >", "expected a value, found the end of the command", 25, nil),
      ("policies where line in (GL, WC", "expected ')', found the end of the command", 31, nil),
      (
        "policies as xml", "expected a format: table, csv, tsv, json, md, html, found 'xml'", 13,
        nil
      ),
      ("policies limit ten", "expected a number of rows, found 'ten'", 16, nil),
      ("policies sort id sort line", "'sort' is given twice in this query", 18, nil),
      ("set polcy P-0001 premium=1", "unknown kind 'polcy'", 5, "Did you mean 'policy'?"),
      ("delete policy", "expected id, found the end of the command", 14, nil),
      (
        "policies where due < today +",
        "expected an amount like 5d, 2w, 1m, found the end of the command", 29, nil
      ),
      ("policies; = x", "expected a command or a kind, found '='", 11, "See: help"),
      ("policies where x is full", "expected 'empty', found 'full'", 21, nil),
    ] as [(String, String, Int, String?)])
  func badCommands(text: String, message: String, column: Int, note: String?) {
    do throws(ParseError) {
      _ = try parse(text)
      Issue.record("parsed: \(text)")
    } catch {
      #expect(error.message == message)
      #expect(error.location.column == column)
      if let note { #expect(error.notes.contains(note)) }
    }
  }

  @Test func syntaxErrorsShowTheLineAndACaret() {
    let output = CapturedOutput()
    let diagnostic: Diagnostic
    do throws(ParseError) {
      _ = try Parser.parse("policies where premium >", registry: registry)
      Issue.record("parsed")
      return
    } catch {
      diagnostic = Diagnostic(
        error.message, file: "x.book", location: error.location,
        sourceLine: "policies where premium >", notes: error.notes)
    }
    output.report(diagnostic.formatted)
    #expect(
      output.err == """
        x.book:1:25: error: expected a value, found the end of the command
          policies where premium >
                                  ^
        """)
  }
}

extension [String: Argument] {
  fileprivate func range(_ name: String) -> SourceRange {
    if case .value(let node)? = self[name] { return node.range }
    return SourceLocation(line: 0, column: 0)..<SourceLocation(line: 0, column: 0)
  }
}
