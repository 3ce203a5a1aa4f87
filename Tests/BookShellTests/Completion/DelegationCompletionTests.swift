import BookLanguage
import BookModel
import BookShell
import Testing

/// Completion for the service verbs: the person after `to`, the account or record after
/// `about`, delegation ids after `done`, subjectivity ids after `receive`, people after `sweep`.
@Suite struct DelegationCompletionTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
  }

  @Test(
    arguments: [
      ("delegate \"Call Jim\" to ml", ["mlopez"]),
      ("delegate \"Call Jim\" to mlopez about AC", ["ACME"]),
      ("delegate \"Call Jim\" to mlopez about ACME due +2d priority hi", ["high"]),
      ("delegate \"Call Jim\" to mlopez every mon", ["monthly"]),
      ("done D-000", (1...9).map { "D-000\($0)" }),
      ("reassign D-0001 to tn", ["tnguyen"]),
      ("receive S-000", (1...8).map { "S-000\($0)" }),
      ("sweep ml", ["mlopez"]),
      ("workload tn", ["tnguyen"]),
      ("notes AC", ["ACME"]),
    ])
  func candidates(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }
}
