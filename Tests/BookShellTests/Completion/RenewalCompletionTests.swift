import BookLanguage
import BookModel
import BookShell
import Testing

/// Completion for the renewal verbs: a query's clauses after `xlist [WINDOW]`, policy fields
/// in its condition, policy ids after `renew` and `stage`.
@Suite struct RenewalCompletionTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
  }

  @Test(
    arguments: [
      ("xlist 60d wh", ["where"]),
      ("xlist wh", ["where"]),
      ("xlist 60d where renewal_st", ["renewal_stage"]),
      ("xlist 60d where line = GL so", ["sort"]),
      ("renew P-007", (0...9).map { "P-007\($0)" }),
      ("stage P-004", (0...9).map { "P-004\($0)" }),
    ])
  func candidates(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }
}
