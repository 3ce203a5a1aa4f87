import BookLanguage
import BookModel
import BookShell
import Testing

/// Completion for the certificate verbs: holder names after `holder=` (quoted), certificate
/// ids after `cert show`, accounts after `cert issue`.
@Suite struct CertificateCompletionTests {
  let book: CompletionBook

  init() throws {
    book = try CompletionBook()
  }

  @Test(
    arguments: [
      ("cert issue ACME holder=Pl", ["\"Placer County\""]),
      ("cert issue holder=City", ["\"City of Elk Grove\"", "\"City of Folsom\""]),
      ("add certificate holder=Arden", ["\"Arden Fair Associates\""]),
      ("cert show CE-000", (1...9).map { "CE-000\($0)" }),
      ("cert void CE-001", ["CE-0010", "CE-0011"]),
      ("cert issue AR", ["ARDEN"]),
      ("cert is", ["issue"]),
    ])
  func candidates(line: String, expected: [String]) {
    #expect(book.complete(line).candidates == expected)
  }
}
