import BookLanguage
import BookModel
import Testing

/// Subjectivities on the example book (today 2026-11-23): recorded with a due day, received,
/// waived with the reason kept as a note, listed when due, and their lifecycle guarded on every
/// write path.
@Suite struct SubjectivityCommandTests {
  @Test func recordOneWithItsDueDay() throws {
    let book = try LanguageBook()
    let code = try book.run("subjectivity P-0001 \"Signed and dated application\" due +14d")
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out == "S-0009 on P-0001: \"Signed and dated application\", due 2026-12-07\n")
    #expect(try book.values(.subjectivity, "S-0009", "status") == ["open"])
  }

  @Test func receiveOnceOnly() throws {
    let book = try LanguageBook()
    #expect(try book.run("receive S-0003") == 0)
    #expect(book.output.out == "S-0003 received 2026-11-23\n")
    #expect(try book.values(.subjectivity, "S-0003", "received") == ["2026-11-23"])
    #expect(try book.run("receive S-0003") == 1)
    #expect(
      book.output.err == """
        1:9: error: subjectivity S-0003: already received on 2026-11-23
          receive S-0003
                  ^
          Open it again first: set subjectivity S-0003 status=open received=

        """)
  }

  @Test func waiveKeepsTheReasonAsANote() throws {
    let book = try LanguageBook()
    #expect(try book.run("waive S-0005") == 2)
    #expect(book.output.err.hasPrefix("1:7: error: waiving a subjectivity needs a reason\n"))
    #expect(try book.run("waive S-0005 reason=\"underwriter agreed\"") == 0)
    #expect(book.output.out == "S-0005 waived: underwriter agreed (note N-0021)\n")
    #expect(try book.values(.note, "N-0021", "about") == ["S-0005"])
    #expect(try book.values(.note, "N-0021", "text") == ["Waived: underwriter agreed"])
  }

  @Test func aWaivedOneIsNotReceivedThroughSetEither() throws {
    let book = try LanguageBook()
    #expect(try book.run("waive S-0005 reason=x") == 0)
    #expect(try book.run("set subjectivity S-0005 status=received received=today") == 1)
    #expect(
      book.output.err.hasPrefix(
        "1:32: error: subjectivity S-0005: a waived subjectivity cannot become received\n"))
  }

  @Test func dueListsTheOpenOnesInTheWindow() throws {
    let book = try LanguageBook()
    #expect(try book.run("subjectivities due 30d") == 0)
    #expect(
      book.output.out == """
        id      due         days  policy  account  text
        ------  ----------  ----  ------  -------  --------------------------------------------------------------------
        S-0003  2026-05-15  -192  P-0060  GRANIT   Copies of subcontractor agreements with hold-harmless and AI wording
        S-0005  2026-11-01   -22  P-0049  MIDTN    Loss-control survey of all three taprooms
        S-0001  2026-12-15    22  P-0052  ELKGRV   Signed and dated renewal application

        """)
  }
}
