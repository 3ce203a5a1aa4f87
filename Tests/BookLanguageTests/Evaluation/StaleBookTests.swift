import BookLanguage
import Testing

/// A session reads the book again when another writer changed it, before the next command:
/// no stale record is shown, and a change builds on what is on disk.
@Suite struct StaleBookTests {
  @Test func anotherWritersChangeIsSeenByTheNextCommand() throws {
    let book = try LanguageBook()
    let shell = try book.session()
    let other = try book.session()
    #expect(other.run("set policy P-0001 premium=13250") == 0)
    #expect(shell.view.record(.policy, "P-0001")?.value("premium") == "12500.00")
    #expect(shell.run("count policies where premium = 13250") == 0)
    #expect(book.output.out.hasSuffix("\n1\n"))
    #expect(shell.view.record(.policy, "P-0001")?.value("premium") == "13250.00")
  }

  @Test func anOpenTransactionIsKeptAndRebasedAtCommit() throws {
    let book = try LanguageBook()
    let shell = try book.session()
    #expect(shell.run("begin; set policy P-0002 premium=9000") == 0)
    let other = try book.session()
    #expect(other.run("set policy P-0001 premium=13250") == 0)
    #expect(shell.run("commit") == 0)
    let after = try book.session().view
    #expect(after.record(.policy, "P-0001")?.value("premium") == "13250.00")
    #expect(after.record(.policy, "P-0002")?.value("premium") == "9000.00")
  }
}
