import BookLanguage
import BookModel
import Testing

/// The quote verbs: request, receive, decline, select (declining the others of the line and
/// term), and a query on the kind still reading as one.
@Suite struct QuoteCommandTests {
  @Test func requestReceiveAndSelect() throws {
    let book = try LanguageBook()
    let script = """
      quote ACME line=GL carrier=HART effective=2027-01-15
      quote receive $last premium=13,900
      quote ACME line=GL carrier=TRAV premium=14100 effective=2027-01-15
      quote select $last
      """
    #expect(try book.run(script) == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        Q-0013 requested from HART for ACME GL
        Q-0013 received from HART for ACME GL: 13,900.00
        Q-0014 received from TRAV for ACME GL: 14,100.00
        Q-0014 selected from TRAV for ACME GL: 14,100.00
        declined: Q-0013

        """)
    #expect(try book.values(.quote, "Q-0013", "status") == ["declined"])
    #expect(try book.values(.quote, "Q-0014", "status") == ["selected"])
    // Without its stored stage, P-0001's stage comes from the selected quote.
    let check =
      "set policy P-0001 stage=; xlist where account = ACME and line = GL fields id, renewal_stage"
    #expect(try book.run(check) == 0, "\(book.output.err)")
    #expect(book.output.out.hasSuffix("P-0001  proposed\n"))
  }

  @Test func selectingDeclinesOnlyTheSameLineAndTerm() throws {
    let book = try LanguageBook()
    #expect(try book.run("quote select Q-0002") == 0, "\(book.output.err)")
    #expect(
      book.output.out == "Q-0002 selected from HART for ELKGRV GL: 9,980.00\ndeclined: Q-0001\n")
    #expect(try book.values(.quote, "Q-0003", "status") == ["received"])  // AUTO
  }

  @Test func declineKeepsTheReasonAndRefusesTwice() throws {
    let book = try LanguageBook()
    #expect(try book.run("quote decline Q-0002 reason=\"higher than expiring\"") == 0)
    #expect(try book.values(.quote, "Q-0002", "notes") == ["Declined: higher than expiring."])
    #expect(try book.run("quote select Q-0002") == 1)
    #expect(
      book.output.err == """
        1:14: error: Q-0002 is declined: a quote is made selected from received or selected
          quote select Q-0002
                       ^
          See: show Q-0002

        """)
  }

  @Test func receiveNeedsAPremium() throws {
    let book = try LanguageBook()
    #expect(try book.run("quote receive Q-0008") == 2)
    #expect(book.output.err.hasPrefix("1:1: error: quote receive needs premium=\n"))
  }

  @Test func aQueryOnTheKindStillReadsAsOne() throws {
    let book = try LanguageBook()
    #expect(try book.run("quote where account = NORSOL fields id") == 0, "\(book.output.err)")
    #expect(book.output.out == "id\n------\nQ-0011\nQ-0012\n")
  }

  @Test func aMistypedQuoteVerbHasDidYouMean() throws {
    let book = try LanguageBook()
    #expect(try book.run("quote recieve premium=100") == 2)
    #expect(
      book.output.err == """
        1:7: error: unknown quote command 'recieve'
          quote recieve premium=100
                ^
          Did you mean 'quote receive'?
          The quote commands: quote ACCOUNT, quote receive, quote decline, quote select

        """)
  }
}
