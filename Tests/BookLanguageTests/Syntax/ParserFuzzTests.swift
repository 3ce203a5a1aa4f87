import BookLanguage
import BookModel
import Testing

/// Random input never crashes the lexer or the parser, and every syntax error points inside
/// the text it came from.
@Suite struct ParserFuzzTests {
  static let pieces = [
    "policies", "where", "premium", ">", "=", "!=", "<=", "$12,500", "$days", "\"a \\\"b\\\"\"",
    "(", ")", ",", ";", "\n", "\\\n", "#x", "and", "or", "not", "in", "within", "last", "is",
    "empty", "~", "sort", "desc", "limit", "fields", "sum", "by", "as", "csv", "into", "x.csv",
    "set", "policy", "P-0001", "premium=12,500", "add", "account", "id=ACME", "today", "+",
    "-", "14d", "count", "show", "use", "let", "help", "try", "begin", "Zürich", "東京", "🏢", "\"",
    "$", "\\", "=x", "a.b.c", "03/01/2026", "4.12/100", "\t", " ",
  ]

  @Test func randomTokenSoupNeverCrashes() {
    var generator = SeededGenerator(state: 42)
    var errors = 0
    for _ in 0..<3000 {
      let count = Int.random(in: 1...14, using: &generator)
      let text = (0..<count).map { _ in
        Self.pieces.randomElement(using: &generator) ?? ""
      }.joined(separator: Bool.random(using: &generator) ? " " : "")
      let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
      do {
        _ = try Parser.parse(text, registry: .standard)
      } catch {
        errors += 1
        #expect(error.location.line >= 1 && error.location.line <= lines.count, "\(text)")
        let line = lines[max(0, min(lines.count - 1, error.location.line - 1))]
        #expect(
          error.location.column >= 1 && error.location.column <= line.unicodeScalars.count + 1,
          "\(text)")
        #expect(!error.message.isEmpty)
      }
    }
    #expect(errors > 100, "the soup should hold plenty of syntax errors")
  }

  @Test func randomBytesNeverCrash() {
    var generator = SeededGenerator(state: 7)
    for _ in 0..<2000 {
      let scalars = (0..<Int.random(in: 0...40, using: &generator)).compactMap { _ in
        Unicode.Scalar(UInt32.random(in: 0...0x7F, using: &generator))
      }
      let text = String(String.UnicodeScalarView(scalars))
      _ = try? Parser.parse(text, registry: .standard)
    }
  }

  @Test func randomCommandsOnTheBookFailCleanly() throws {
    var generator = SeededGenerator(state: 2026)
    let book = try LanguageBook()
    let before = book.dataFiles()
    let session = try book.session()
    for _ in 0..<400 {
      let text = (0..<Int.random(in: 1...8, using: &generator)).map { _ in
        Self.pieces.filter { !["set", "add", "begin", "try"].contains($0) }.randomElement(
          using: &generator) ?? ""
      }.joined(separator: " ")
      let code = session.run(text)
      #expect([0, 1, 2].contains(code), "\(text) → \(code)")
    }
    #expect(book.dataFiles() == before, "read-only soup changed a file")
  }
}
