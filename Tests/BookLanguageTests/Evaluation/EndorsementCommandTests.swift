import BookLanguage
import BookModel
import Testing

/// Endorsements on the example book (today 2026-11-23): requested, then issued (applied to the
/// policy in the same transaction) or declined, on every write path; dated inside the term.
@Suite struct EndorsementCommandTests {
  /// P-0015 (SMILE, BOP) has no additional-insured coverage of its own.
  static let aiRequest =
    "endorse P-0015 effective=2026-11-01 description=\"AI for the landlord\" ai=scheduled form=\"CG 20 26 04/13\""
  static let certificate = "cert issue SMILE holder=\"Landlord LLC\" policies=P-0015 ai"

  @Test func aRequestedAIEndorsementDoesNotAllowAddlInsdAnIssuedOneDoes() throws {
    let book = try LanguageBook()
    #expect(try book.run(Self.aiRequest) == 0, "\(book.output.err)")
    #expect(book.output.out == "EN-0007 requested on P-0015: AI for the landlord\n")
    #expect(try book.run(Self.certificate) == 1)
    #expect(book.output.err.contains("EN-0007 asks for it but is requested, not issued"))
    #expect(try book.values(.policy, "P-0015", "ai") == [])
    #expect(try book.run("endorsement issue EN-0007") == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        "EN-0007 issued\nP-0015 endorsed by EN-0007 from 2026-11-01: ai none → scheduled; form + CG 20 26 04/13\n"
      ))
    #expect(try book.values(.policy, "P-0015", "ai") == ["scheduled"])
    #expect(try book.values(.policy, "P-0015", "form") == ["CG 20 26 04/13"])
    #expect(try book.values(.endorsement, "EN-0007", "issued") == ["2026-11-23"])
    #expect(try book.run(Self.certificate) == 0, "\(book.output.err)")
  }

  @Test func issuingThroughSetAppliesItTheSameWay() throws {
    let book = try LanguageBook()
    #expect(try book.run(Self.aiRequest) == 0)
    #expect(try book.run(Self.certificate) == 1)
    #expect(try book.run("set endorsement EN-0007 status=issued") == 0, "\(book.output.err)")
    #expect(try book.values(.policy, "P-0015", "ai") == ["scheduled"])
    #expect(try book.values(.endorsement, "EN-0007", "issued") == ["2026-11-23"])
    #expect(try book.run(Self.certificate) == 0, "\(book.output.err)")
  }

  @Test func settingEN0004IssuedChangesP0034() throws {
    let book = try LanguageBook()
    #expect(try book.run("set endorsement EN-0004 status=issued") == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        "P-0034 endorsed by EN-0004 from 2026-11-15: form + CG 20 26 04/13\n"))
    // A scheduled AI on a policy with blanket AI: still blanket.
    #expect(try book.values(.policy, "P-0034", "ai") == ["blanket"])
    #expect(try book.values(.policy, "P-0034", "form").last == "CG 20 26 04/13")
  }

  @Test func issuingInAScriptAppliesItAndTheJournalKeepsTheHistory() throws {
    let book = try LanguageBook()
    let script = """
      endorse P-0001 effective=2026-12-01 description="Add excavator" premium_change=640
      set endorsement $last status=issued
      """
    #expect(try book.run(script, unit: .script) == 0, "\(book.output.err)")
    #expect(try book.values(.policy, "P-0001", "premium") == ["13140.00"])
    #expect(try book.run("log P-0001") == 0)
    #expect(book.output.out.contains("set endorsement $last status=issued"))
    #expect(try book.run("undo") == 0)
    #expect(try book.values(.policy, "P-0001", "premium") == ["12500.00"])
  }

  @Test func anIssuedPremiumChangeShowsInThePremiumAndCompare() throws {
    let book = try LanguageBook()
    let request =
      "endorse P-0001 effective=2026-12-01 description=\"Add excavator\" premium_change=640"
    #expect(try book.run(request + "; endorsement issue EN-0007") == 0, "\(book.output.err)")
    #expect(try book.values(.policy, "P-0001", "premium") == ["13140.00"])
    #expect(try book.run("compare ACME") == 0)
    #expect(book.output.out.contains("13,140.00"))
  }

  @Test func limitsAndFormsAreReplacedAndRemoved() throws {
    let book = try LanguageBook()
    let request =
      "endorse P-0001 effective=2026-12-01 description=\"Raise the occurrence limit\" limit=\"each-occurrence 2000000\" remove_form=\"CG 20 37\""
    #expect(try book.run(request + "; endorsement issue EN-0007") == 0, "\(book.output.err)")
    #expect(
      try book.values(.policy, "P-0001", "limit") == [
        "each-occurrence 2000000", "general-aggregate 2000000",
      ])
    #expect(try book.values(.policy, "P-0001", "form") == ["CG 20 10 04/13", "CG 24 04 05/09"])
  }

  @Test func anEndorsementOutsideTheTermIsRefusedOnEveryPath() throws {
    let book = try LanguageBook()
    #expect(try book.run("endorse P-0001 effective=2027-02-01 description=\"late\"") == 1)
    #expect(
      book.output.err.hasPrefix(
        "1:26: error: endorsement EN-0007: an endorsement on P-0001 takes effect inside its term (2026-01-15 to 2027-01-15), not on 2027-02-01\n"
      ))
    #expect(try book.run("set endorsement EN-0004 effective=2027-03-01") == 1)
    #expect(try book.values(.endorsement, "EN-0004", "effective") == ["2026-11-15"])
  }

  @Test func endorseCanDelegateTheFollowUp() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "endorse P-0034 effective=+7d description=\"Waiver for SMUD\" wos=yes delegate to mlopez")
    #expect(code == 0, "\(book.output.err)")
    #expect(book.output.out.hasSuffix("D-0031 → mlopez, due 2026-11-30\n"))
    #expect(try book.values(.delegation, "D-0031", "about") == ["EN-0007"])
    #expect(try book.values(.delegation, "D-0031", "action") == ["endorsement"])
  }

  @Test func declineNeedsAReasonAndLeavesThePolicy() throws {
    let book = try LanguageBook()
    #expect(try book.run("endorsement decline EN-0004") == 2)
    #expect(try book.run("endorsement decline EN-0004 reason=\"carrier said no\"") == 0)
    #expect(try book.values(.policy, "P-0034", "ai") == ["blanket"])
    #expect(try book.run("set endorsement EN-0002 status=requested") == 1)
    #expect(book.output.err.contains("an issued endorsement cannot become requested"))
  }
}
