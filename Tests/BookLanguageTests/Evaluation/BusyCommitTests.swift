import BookLanguage
import BookStore
import Testing

/// A `commit` that cannot have the lock writes nothing and keeps the transaction open, so
/// that it can be committed again (or rolled back) once the lock is free.
@Suite struct BusyCommitTests {
  @Test func aCommitThatTimesOutKeepsTheTransactionOpen() throws {
    let book = try LanguageBook()
    let session = try book.session(wait: 0.2)
    #expect(
      session.run("begin; set policy P-0001 premium=13250; set policy P-0002 premium=9000") == 0)
    let before = book.dataFiles()
    let held = try #require(
      try PosixFileSystem().lock(book.root + "/.book/lock", exclusive: true, timeout: 1))
    #expect(session.run("commit") == 4)
    #expect(
      book.output.err
        == "error: the book is locked by another writer; gave up after 0.2s\n"
        + "  Try again, or wait longer with --wait SECONDS.\n"
        + "  The transaction is still open: commit to try again, or rollback.\n")
    #expect(session.inBegin)
    #expect(book.dataFiles() == before)
    held.release()
    #expect(session.run("commit") == 0)
    #expect(!session.inBegin)
    #expect(try book.session().view.record(.policy, "P-0002")?.value("premium") == "9000.00")
  }
}
