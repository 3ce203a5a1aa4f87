import BookLanguage
import BookModel
import Testing

/// Contract requirements on the example book (today 2026-11-23): recorded, listed met or with
/// their gaps, and checked by `cert issue` on every write path (`accept_gaps` records why).
@Suite struct RequirementCommandTests {
  static let sacrt = "Sacramento Regional Transit District"
  static let certificate = "cert issue ACME holder=\"\(sacrt)\" policies=P-0001 ai pnc"

  @Test func aRequirementGapRefusesTheCertificate() throws {
    let book = try LanguageBook()
    #expect(try book.run(Self.certificate) == 1)
    #expect(
      book.output.err == """
        error: certificate CE-0012: \(Self.sacrt)'s contract (R-0003) requires GL each-occurrence 2,000,000; P-0001 has 1,000,000
        error: certificate CE-0012: \(Self.sacrt)'s contract (R-0003) requires GL general-aggregate 4,000,000; P-0001 has 2,000,000
          list policies that meet it, or issue it anyway with accept_gaps reason="…"; see: requirements ACME

        """)
    #expect(try book.values(.certificate, "CE-0012", "id") == [])
  }

  @Test func acceptGapsRecordsTheReasonOnTheCertificateAndInTheJournal() throws {
    let book = try LanguageBook()
    let code = try book.run(Self.certificate + " accept_gaps reason=\"umbrella follows form\"")
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        """
          gap accepted: requires GL each-occurrence 2,000,000; P-0001 has 1,000,000
          gap accepted: requires GL general-aggregate 4,000,000; P-0001 has 2,000,000
          accepted because: umbrella follows form

        """))
    #expect(try book.values(.certificate, "CE-0012", "gaps_accepted") == ["umbrella follows form"])
    #expect(try book.run("log CE-0012") == 0)
    #expect(book.output.out.contains("accept_gaps reason=\"umbrella follows form\""))
  }

  @Test func acceptGapsNeedsAReason() throws {
    let book = try LanguageBook()
    #expect(try book.run(Self.certificate + " accept_gaps") == 2)
    #expect(book.output.err.hasPrefix("1:1: error: accept_gaps needs a reason\n"))
  }

  @Test func aHolderWhoseRequirementsAreMetGetsItsCertificate() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "cert issue ACME holder=\"granite bay builders inc\" policies=P-0001,P-0002 ai=P-0001 wos pnc=P-0001"
    )
    #expect(code == 0, "\(book.output.err)")
  }

  @Test func theGapRuleHoldsOnAddToo() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "add certificate account=ACME holder=\"\(Self.sacrt)\" policy=P-0001 issued=today status=issued"
    )
    #expect(code == 1)
    #expect(book.output.err.contains("requires GL each-occurrence 2,000,000; P-0001 has 1,000,000"))
  }

  @Test func requireRecordsWhatTheContractAsks() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "require ACME holder=\"City of Sacramento\" source=\"Encroachment permit 2026-88\" line=GL limit=\"each-occurrence 2000000\" ai pnc"
    )
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out
        == "R-0006 City of Sacramento requires of ACME: each-occurrence 2,000,000, ADDL INSD, primary and non-contributory\n"
    )
    #expect(try book.values(.requirement, "R-0006", "ai") == ["yes"])
    #expect(try book.values(.requirement, "R-0006", "wos") == [])
    #expect(try book.run("require ACME holder=\"X\" line=GL limit=\"lots\"") == 2)
    #expect(book.output.err.contains("a required limit is a name and an amount, not 'lots'"))
  }

  @Test func requirementsForOneHolder() throws {
    let book = try LanguageBook()
    #expect(try book.run("requirements ACME holder=\"granite bay builders inc\"") == 0)
    let lines = book.output.out.split(separator: "\n")
    #expect(lines.count == 4)
    #expect(lines[2].hasPrefix("R-0001") && lines[2].contains("met  by P-0001"))
  }
}
