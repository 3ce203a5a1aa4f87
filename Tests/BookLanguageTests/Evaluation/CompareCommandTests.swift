import BookLanguage
import Testing

/// `compare`: the exposure and rate change appear where both terms have audited exposures,
/// to the tenth of a percent; a renewal made by `renew` is compared with its expiring term.
@Suite struct CompareCommandTests {
  @Test func exposureAndRateChangeWithAuditedExposures() throws {
    let book = try LanguageBook()
    let setup = """
      set exposure EX-0001 audited=880000
      add audit policy=P-0002 type=physical period_start=2026-01-15 period_end=2027-01-15 status=received
      add exposure audit=$last class=5645 basis=payroll per=100 estimated=900000 audited=910000 rate=4.12
      """
    #expect(try book.run(setup, unit: .script) == 0, "\(book.output.err)")
    let session = try book.session()
    #expect(session.run("compare ACME as csv") == 0, "\(book.output.err)")
    // 34,900.00 → 36,480.00: +4.5%; payroll 880,000 → 910,000: +3.4%; 1.0453 / 1.0341: +1.1%.
    let row = "WC,HART,34900.00,HART,36480.00,1580.00,+4.5%,+3.4%,+1.1%"
    #expect(book.output.out.contains("\n" + row + "\r\n"))
  }

  @Test func aRenewalIsComparedWithItsExpiringTerm() throws {
    let book = try LanguageBook()
    #expect(try book.run("renew P-0007 premium=9,262") == 0, "\(book.output.err)")
    let session = try book.session()
    #expect(session.run("compare ACME as csv") == 0, "\(book.output.err)")
    #expect(book.output.out.contains("\nAUTO,TRAV,8420.00,TRAV,9262.00,842.00,+10.0%,,\r\n"))
  }

  @Test func anUnknownAccountHasDidYouMean() throws {
    let book = try LanguageBook()
    #expect(try book.run("compare ACEM") == 1)
    #expect(book.output.err.contains("no account ACEM"))
    #expect(book.output.err.contains("Did you mean ACME?"))
  }
}
