import BookModel
import Testing

/// `lossrun`, `premium`, `allocate`, `breakdown`: what they refuse and why, in the words people
/// read; the allocation rule on every write path.
@Suite struct MoneyCommandTests {
  @Test(
    arguments: [
      ("lossrun ACME line XX", 2, "1:19: error: no line of business 'XX'"),
      ("lossrun ACME 0y", 2, "1:14: error: '0y' is not a window of policy years"),
      ("lossrun", 2, "1:1: error: lossrun needs an account"),
      ("premium ACEM", 1, "1:9: error: no account ACEM"),
      ("breakdown ACME P-0044", 1, "1:16: error: P-0044 is a policy of DELTA, not of ACME"),
      (
        "lossrun ACME as tsv", 2,
        "1:17: error: a loss run prints as table (text), md, html, csv or json, not 'tsv'"
      ),
      (
        "allocate P-0001 L-0002=5", 1,
        "1:17: error: L-0002 is not a location of ACME"
      ),
      (
        "allocate P-0001 L-0001=0", 1,
        "1:1: error: the exposures add up to zero: there is nothing to share the premium by"
      ),
      (
        "allocate P-0001 L-0001=abc", 2,
        "1:24: error: the exposure of L-0001 must be a number of 0 or more, not 'abc'"
      ),
      (
        "add allocation policy=P-0001 location=L-0002 exposure=1", 1,
        "1:39: error: allocation AL-0012: L-0002 is a location of ARDEN, not of ACME (the account of P-0001)"
      ),
    ] as [(String, Int32, String)])
  func refused(command: String, code: Int32, message: String) throws {
    let book = try LanguageBook()
    let files = book.dataFiles()
    #expect(try book.run(command) == code)
    #expect(
      book.output.err.split(separator: "\n").first.map(String.init) == message, "\(book.output.err)"
    )
    #expect(book.dataFiles() == files)
  }

  @Test func allocateReplacesThePolicysAllocationsAndTheSharesAddUp() throws {
    let book = try LanguageBook()
    #expect(try book.run("allocate P-0001 L-0001=1 L-0029=1 L-0030=1") == 0)
    #expect(
      book.output.out
        == "allocated P-0001 (12,500.00) over 3 locations: L-0001 4,166.67 · L-0029 4,166.67 · L-0030 4,166.66\nreplaced AL-0006, AL-0007, AL-0008\n"
    )
    let snapshot = try book.directory.load()
    let mine = snapshot.records(.allocation).filter { $0.value("policy") == "P-0001" }
    #expect(mine.compactMap { $0.value("id") } == ["AL-0012", "AL-0013", "AL-0014"])
    #expect(try book.run("undo") == 0)
    let back = try book.directory.load().records(.allocation).filter {
      $0.value("policy") == "P-0001"
    }
    #expect(back.compactMap { $0.value("id") } == ["AL-0006", "AL-0007", "AL-0008"])
  }
}
