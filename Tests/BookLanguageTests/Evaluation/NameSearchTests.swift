import BookLanguage
import Testing

/// Name search and `~` ignore case and accents, on a book with an accented name.
@Suite struct NameSearchTests {
  static let setup =
    "add account id=NUNEZ name=\"Núñez Café\" dba=\"Crème Brûlée Bakery\" status=active"

  @Test(arguments: [
    "show \"cafe\"", "show \"NUNEZ CAFE\"", "show \"núñez\"", "show \"creme brulee\"",
    "show \"CAFÉ\"",
  ])
  func showFindsTheAccentedName(command: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(Self.setup) == 0)
    #expect(try book.run(command) == 0)
    #expect(book.output.err == "")
    #expect(book.output.out.contains("account NUNEZ — Núñez Café\n"))
  }

  @Test(arguments: [
    ("count accounts where name ~ cafe", "1\n"),
    ("count accounts where name ~ \"NÚÑEZ\"", "1\n"),
    ("count accounts where dba ~ brulee", "1\n"),
    ("count accounts where name ~ acme", "1\n"),
    ("count accounts where name ~ \"acmé\"", "1\n"),
  ])
  func containsIgnoresAccents(command: String, count: String) throws {
    let book = try LanguageBook()
    #expect(try book.run(Self.setup) == 0)
    #expect(try book.run(command) == 0)
    #expect(book.output.out.hasSuffix(count))
    #expect(book.output.err == "")
  }

  @Test func aNameNoOneHasIsStillRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("show \"cafe\"") == 1)
    #expect(book.output.err.hasPrefix("1:6: error: nothing has the id or name 'cafe'\n"))
  }
}
