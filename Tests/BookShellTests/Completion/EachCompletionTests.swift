import BookLanguage
import BookModel
import BookShell
import Testing

/// Completion for `each QUERY do COMMAND`: the query as a query, `do` where it may end, then
/// the command as a command.
@Suite struct EachCompletionTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
  }

  @Test(
    arguments: [
      ("each audits due 30d where del", ["delegated"]),
      ("each audits where status = req", ["requested"]),
      ("each xlist 60d d", ["do"]),
      ("each audits due 30d where not delegated d", ["do"]),
      (
        "each policies where line = GL do dele",
        ["delegate", "delegation", "delegations", "delete"]
      ),
      ("each policies where line = GL do delegate \"Call\" to ml", ["mlopez"]),
      ("each audits where (status = requested or overdue) do audit st", ["start"]),
    ])
  func candidates(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }

  /// Inside a condition, before its value, `do` is not offered.
  @Test func doIsNotOfferedBeforeAValue() {
    #expect(!book.complete("each audits where status = d").candidates.contains("do"))
  }
}
