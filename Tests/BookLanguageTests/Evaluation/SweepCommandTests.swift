import BookLanguage
import BookModel
import Testing

/// `sweep` for cron: exit 1 when it finds anything, 0 on a clean book; it finds what DESIGN's
/// morning shows; a person's sweep and the focus narrow it.
@Suite struct SweepCommandTests {
  @Test func theExampleBookHasFindingsAndExitsOne() throws {
    let book = try LanguageBook()
    #expect(try book.run("sweep") == 1)
    #expect(book.output.err == "")
    for id in ["CE-0007", "AU-0004", "D-0015"] {
      #expect(book.output.out.contains("\n  \(id) "), "\(id) not found")
    }
    #expect(book.output.out.hasPrefix("E&O sweep — "))
  }

  @Test func aCleanBookExitsZero() throws {
    let book = try LanguageBook(empty: true)
    #expect(try book.run("sweep") == 0)
    #expect(book.output.out == "E&O sweep — nothing found\n")
  }

  @Test func fixingAFindingTakesItOut() throws {
    let book = try LanguageBook()
    #expect(try book.run("done D-0015") == 0)
    #expect(try book.run("sweep") == 1)
    #expect(!book.output.out.contains("  D-0015 "))
  }

  @Test func theFocusNarrowsItToTheAccount() throws {
    let book = try LanguageBook()
    #expect(try book.run("use ACME; sweep") == 1)
    #expect(
      book.output.out == """
        focus: ACME
        E&O sweep — 2 findings

        Certificates resting on a policy not in force today (1)
          CE-0007  certificate for City of Folsom rests on P-0031 (GL), expired 2026-10-01 → reissue it on a policy in force, or cert void CE-0007

        Delegations overdue (1)
          D-0003   "Confirm with City of Folsom that the library job is closed; void CE-0007 if so" to mlopez, due 2026-10-19 (35 days overdue) → done D-0003 · reassign D-0003 to jkim

        """)
  }

  @Test func someoneNotOnTheTeamIsRefused() throws {
    let book = try LanguageBook()
    #expect(try book.run("sweep mlpez") == 1)
    #expect(book.output.err.hasPrefix("1:7: error: no person mlpez\n"))
  }
}
