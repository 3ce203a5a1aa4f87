import BookLanguage
import BookModel
import Testing

@Suite struct LexerTests {
  private func kinds(_ text: String) throws -> [String] {
    try Lexer.tokens(text).dropLast().map { token in
      switch token.kind {
      case .word: return "w:\(token.text)"
      case .string: return "s:\(token.text)"
      case .money: return "$:\(token.text)"
      case .variable: return "v:\(token.text)"
      case .rawValue: return "r:\(token.text)"
      case .symbol: return token.text
      case .separator: return ";"
      case .comment: return "#:\(token.text)"
      case .narration: return "#::\(token.text)"
      }
    }
  }

  @Test(arguments: [
    ("policies where id = P-0001", ["w:policies", "w:where", "w:id", "=", "w:P-0001"]),
    ("form=CG-20-10 x", ["w:form", "=", "w:CG-20-10", "w:x"]),
    ("premium=12,500", ["w:premium", "=", "r:12,500"]),
    ("premium = 12,500", ["w:premium", "=", "w:12", ",", "w:500"]),
    ("policies=P-0001,P-0002 ai", ["w:policies", "=", "r:P-0001,P-0002", "w:ai"]),
    ("x > $12,500.00", ["w:x", ">", "$:12,500.00"]),
    ("due < today + $days", ["w:due", "<", "w:today", "+", "v:days"]),
    ("today - 2w", ["w:today", "-", "w:2w"]),
    ("today-2w", ["w:today-2w"]),
    ("due = +5d", ["w:due", "=", "+", "w:5d"]),
    ("rate=4.12/100", ["w:rate", "=", "w:4.12/100"]),
    ("a; b # comment", ["w:a", ";", "w:b", "#:comment"]),
    ("a #: Now the renewal\nb", ["w:a", "#::Now the renewal", ";", "w:b"]),
    ("#expect: 3  \r", ["#:expect: 3"]),
    ("name=\"# not\" #", ["w:name", "=", "s:# not", "#:"]),
    ("premium=12,500# x", ["w:premium", "=", "r:12,500", "#:x"]),
    ("set x \\\n  y", ["w:set", "w:x", "w:y"]),
    ("name=\"Bright \\\"Dental\\\" \\\\ Group\"", ["w:name", "=", "s:Bright \"Dental\" \\ Group"]),
    ("a != b <= c >= d ~ e", ["w:a", "!=", "w:b", "<=", "w:c", ">=", "w:d", "~", "w:e"]),
    ("in (GL, WC)", ["w:in", "(", "w:GL", ",", "w:WC", ")"]),
    ("03/01/2026", ["w:03/01/2026"]),
    ("Zürich 東京", ["w:Zürich", "w:東京"]),
    ("form+=CG-20-10 x", ["w:form", "+=", "w:CG-20-10", "w:x"]),
    ("form-=\"CG 20 10\"", ["w:form", "-=", "s:CG 20 10"]),
    ("policy+=P-0001,P-0002", ["w:policy", "+=", "r:P-0001,P-0002"]),
    ("form -= X", ["w:form", "-=", "w:X"]),
    ("form += X", ["w:form", "+=", "w:X"]),
    ("a-b=1", ["w:a-b", "=", "w:1"]),
    ("notes= x", ["w:notes", "=", "w:x"]),
    ("due = today - 2w", ["w:due", "=", "w:today", "-", "w:2w"]),
  ])
  func tokens(text: String, expected: [String]) throws {
    #expect(try kinds(text) == expected)
  }

  @Test func rangesAreLineAndColumn() throws {
    let tokens = try Lexer.tokens("a\n  bc")
    #expect(
      tokens[2].range == SourceLocation(line: 2, column: 3)..<SourceLocation(line: 2, column: 5))
  }

  @Test func commentsKeepTheirTextAndRange() throws {
    let tokens = try Lexer.tokens("set x  # expect: 1\n#: Step two\n")
    let comment = try #require(tokens.first { $0.kind == .comment })
    #expect(comment.text == "expect: 1")
    #expect(
      comment.range == SourceLocation(line: 1, column: 8)..<SourceLocation(line: 1, column: 19))
    let narration = try #require(tokens.first { $0.kind == .narration })
    #expect(narration.text == "Step two")
    #expect(
      narration.range == SourceLocation(line: 2, column: 1)..<SourceLocation(line: 2, column: 12))
    #expect(tokens.filter(\.isComment).count == 2)
    // The line ends after them still end commands.
    #expect(tokens.filter(\.isEnd).map(\.text) == ["\n", "\n", ""])
  }

  @Test(arguments: [
    ("name=\"open", "this string has no closing quote", 6),
    ("x $ y", "'$' must start money ($12,500) or a variable ($days)", 3),
    ("a & b", "unexpected character '&'", 3),
    ("\"a\\n\"", "'\\n' is not an escape in a string: only \\\" and \\\\ are", 4),
  ])
  func errors(text: String, message: String, column: Int) {
    #expect(throws: LexError.self) { try Lexer.tokens(text) }
    do {
      _ = try Lexer.tokens(text)
    } catch {
      #expect(error.message == message)
      #expect(error.location.column == column)
    }
  }
}
