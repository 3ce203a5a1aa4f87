import BookLanguage
import Testing

/// A new book with you on its team takes its first records at once, through the commands
/// `help` shows.
@Suite struct EmptyBookTests {
  @Test func theFirstRecordsOfANewBookAreAccepted() throws {
    let book = try LanguageBook(empty: true)
    let commands = [
      "add person id=mlopez name=\"Maria Lopez\" role=advocate",
      "add carrier id=TRAV name=Travelers naic=25658",
      "add account id=ACME name=\"Acme Roofing LLC\" status=active manager=jkim advocate=mlopez",
      "add policy account=ACME line=GL carrier=TRAV number=GL-1 effective=2026-01-15 "
        + "expiration=2027-01-15 premium=12,500 status=active",
    ]
    for command in commands {
      #expect(try book.run(command) == 0, "\(command): \(book.output.err)")
    }
    #expect(book.output.err.isEmpty)
    #expect(try book.run("count policies where account.manager = me") == 0)
    #expect(book.output.out.hasSuffix("\n1\n"))
  }
}
