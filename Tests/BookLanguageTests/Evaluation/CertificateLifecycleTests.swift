import BookLanguage
import BookModel
import BookStore
import Testing

/// Certificates over their life: issued (the rows it prints, bare marks), voided, reissued
/// (one, onto the renewal terms, in bulk), reached by policy changes, and judged by `check` on
/// their own issue day.
@Suite struct CertificateLifecycleTests {
  /// Renewal terms for ACME's GL and WC, effective 2027-01-15, the old terms marked renewed.
  static let renewACME = """
    add policy account=ACME line=GL carrier=TRAV number=GL-4471-27 effective=2027-01-15 expiration=2028-01-15 premium=13000 status=active prior=P-0001 ai=blanket wos=yes pnc=yes form="CG 20 10 04/13" limit="each-occurrence 1000000" limit="general-aggregate 2000000"
    add policy account=ACME line=WC carrier=HART number=WC-88120-27 effective=2027-01-15 expiration=2028-01-15 premium=37000 status=active prior=P-0002 wos=yes
    set policy P-0001 status=renewed
    set policy P-0002 status=renewed
    """

  @Test func issuePrintsEachPolicyRowWithItsMarksAndForms() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "cert issue ACME holder=\"City of Sacramento\" policies=P-0001,P-0002 ai=P-0001 wos pnc=P-0001"
    )
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        CE-0012 issued for City of Sacramento:
          P-0001 GL (ADDL INSD: blanket, CG 20 10 04/13, CG 20 37 04/13; SUBR WVD: CG 24 04 05/09; primary and non-contributory)
          P-0002 WC (SUBR WVD: WC 04 03 06)

        """)
    let session = try book.session()
    let stored = try #require(session.view.record(.certificate, "CE-0012"))
    #expect(stored.value("ai") == "P-0001")
    #expect(stored.value("wos") == "P-0001,P-0002")
    #expect(stored.value("pnc") == "P-0001")
    #expect(stored.value("issued") == "2026-11-23")
    #expect(stored.value("status") == "issued")
  }

  @Test func theMorningUnderUse() throws {
    let book = try LanguageBook()
    let code = try book.run("use ACME; cert issue holder=\"City of Sacramento\" policies=P-0001 ai")
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out
        == "focus: ACME\nCE-0012 issued for City of Sacramento: P-0001 GL (ADDL INSD: blanket, CG 20 10 04/13, CG 20 37 04/13)\n"
    )
  }

  @Test func aBareMarkAsksItOfEveryListedPolicy() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "cert issue ACME holder=\"City of Sacramento\" policies=P-0001,P-0002 ai")
    #expect(code == 1)
    #expect(
      book.output.err.hasPrefix(
        "error: certificate CE-0012: ADDL INSD on P-0002 (WC, The Hartford): the policy has no additional-insured coverage (ai: not set)\n"
      ))
  }

  @Test func anEndorsementGrantsAMarkOnlyOnceIssued() throws {
    let book = try LanguageBook()
    let session = try book.session()
    let endorse =
      "add endorsement policy=P-0002 effective=2026-11-01 description=\"AI for the city\" form=\"WC 00 03 13\" wos=yes ai=scheduled status=requested requested=2026-11-01"
    #expect(session.run(endorse) == 0, "\(book.output.err)")
    let issue = "cert issue ACME holder=\"City of Sacramento\" policies=P-0002 ai"
    #expect(session.run(issue) == 1)
    #expect(
      book.output.err == """
        error: certificate CE-0012: ADDL INSD on P-0002 (WC, The Hartford): the policy has no additional-insured coverage (ai: not set)
          ADDL INSD needs ai: scheduled or blanket on the policy or an issued endorsement; leave P-0002 out of ai (EN-0007 asks for it but is requested, not issued: show EN-0007)

        """)
    #expect(session.run("set endorsement EN-0007 status=issued issued=2026-11-20") == 0)
    #expect(session.run(issue) == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        "CE-0012 issued for City of Sacramento: P-0002 WC (ADDL INSD: scheduled)\n"))
  }

  @Test func aRefusalNamesTheRenewalTermInForce() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(session.run(Self.renewACME + "\ntoday 2027-01-20") == 0, "\(book.output.err)")
    let code = session.run("cert issue ACME holder=\"City of Sacramento\" policies=P-0001")
    #expect(code == 1)
    #expect(
      book.output.err == """
        error: certificate CE-0012: P-0001 (GL, Travelers) is not in force on 2027-01-20: it expired on 2027-01-15
          a certificate may only list policies in force on its issue day; its renewal P-0080 is in force: policies=P-0080

        """)
  }

  @Test func aRefusalWithoutARenewalSaysSo() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "cert issue ACME holder=\"City of Sacramento\" policies=P-0001,P-0031 ai")
    #expect(code == 1)
    #expect(
      book.output.err.hasPrefix(
        """
        error: certificate CE-0012: P-0031 (GL, Travelers) is not in force on 2026-11-23: it expired on 2026-10-01
          a certificate may only list policies in force on its issue day; renewal term: none yet (see: show P-0031)

        """))
  }

  @Test func anOldCertificateCanBeVoided() throws {
    let book = try LanguageBook()
    let session = try book.session()
    // CE-0007 rests on P-0031, expired since: still a valid record, and it can be voided.
    #expect(session.run("cert void CE-0007 reason=\"project finished\"") == 0, "\(book.output.err)")
    #expect(book.output.out == "CE-0007 void: project finished\n")
    let voided = try #require(session.view.record(.certificate, "CE-0007"))
    #expect(voided.value("status") == "void")
    #expect(voided.value("description") == "Re: Folsom Library re-roof. Voided: project finished.")
    // And so can one voided with set, and undone.
    #expect(session.run("set cert CE-0009 status=void; undo") == 0, "\(book.output.err)")
    #expect(session.view.record(.certificate, "CE-0009")?.value("status") == "issued")
  }

  @Test func anOldCertificatesPoliciesChangeOnlyByReissuingIt() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try book.run("set cert CE-0006 policy-=P-0067") == 1)
    #expect(
      book.output.err.hasPrefix(
        """
        error: certificate CE-0006: a certificate is issued on the day it is written (2026-11-23), not backdated to 2026-02-01
          an issued certificate is not changed but reissued, dated today: cert reissue CE-0006

        """))
    #expect(book.dataFiles() == before)
    #expect(try book.run("cert reissue CE-0006 policies=P-0066") == 0, "\(book.output.err)")
    #expect(try book.values(.certificate, "CE-0012", "policy") == ["P-0066"])
  }

  @Test func aMistypedCertVerbGetsDidYouMean() throws {
    let book = try LanguageBook()
    #expect(try book.run("cert isue CE-0001") == 2)
    #expect(
      book.output.err == """
        1:6: error: unknown cert command 'isue'
          cert isue CE-0001
               ^
          Did you mean 'cert issue'?
          The cert commands: cert issue, cert void, cert reissue, cert show

        """)
    // A query on the kind still reads as one.
    #expect(try book.run("cert where live limit 1 fields id") == 0, "\(book.output.err)")
  }

  @Test func renamesFollowIntoOldCertificates() throws {
    let book = try LanguageBook()
    #expect(try book.run("rename account ACME ACMER; rename policy P-0001 P-0101") == 0)
    #expect(book.output.err == "")
    let session = try book.session()
    #expect(session.view.record(.certificate, "CE-0001")?.values("policy") == ["P-0101", "P-0002"])
  }

  @Test func cancellingAPolicyMarksItsLiveCertificatesAndListsThem() throws {
    let book = try LanguageBook()
    let code = try book.run("set policy P-0002 status=cancelled cancelled=2026-11-30")
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        policy P-0002:
          status: active → cancelled
          cancelled: (empty) → 2026-11-30
        CE-0001 for Granite Bay Builders Inc now needs reissue (P-0002 changed): cert reissue CE-0001

        """)
    let session = try book.session()
    #expect(session.view.record(.certificate, "CE-0001")?.value("status") == "needs-reissue")
    // A certificate already void is left alone; others of the account too.
    #expect(session.view.record(.certificate, "CE-0007")?.value("status") == "issued")
  }

  @Test func aBulkSetAndAScriptReachCertificatesToo() throws {
    let book = try LanguageBook()
    #expect(try book.run("set policies status=nonrenewed where id = P-0076") == 0)
    #expect(book.output.out.contains("CE-0009 for Arden Fair Associates now needs reissue"))
    #expect(try book.run("set policy P-0051 status=replaced", unit: .script) == 0)
    let session = try book.session()
    #expect(session.view.record(.certificate, "CE-0009")?.value("status") == "needs-reissue")
    #expect(session.view.record(.certificate, "CE-0010")?.value("status") == "needs-reissue")
    // The void CE-0008 on the same policy stays void.
    #expect(session.view.record(.certificate, "CE-0008")?.value("status") == "void")
  }

  @Test func reissueOneCertificateOntoItsRenewalTerm() throws {
    let book = try LanguageBook()
    let session = try book.session()
    #expect(session.run(Self.renewACME + "\ntoday 2027-01-15") == 0, "\(book.output.err)")
    #expect(session.run("cert reissue CE-0001 renewal") == 0, "\(book.output.err)")
    #expect(
      book.output.out.hasSuffix(
        """
        CE-0012 replaces CE-0001: issued for Granite Bay Builders Inc:
          P-0080 GL (ADDL INSD: blanket, CG 20 10 04/13; SUBR WVD; primary and non-contributory)
          P-0081 WC (SUBR WVD)

        """))
    let new = try #require(session.view.record(.certificate, "CE-0012"))
    #expect(new.values("policy") == ["P-0080", "P-0081"])
    #expect(new.value("ai") == "P-0080")
    #expect(new.value("wos") == "P-0080,P-0081")
    #expect(new.value("replaces") == "CE-0001")
    #expect(new.value("issued") == "2027-01-15")
    #expect(session.view.record(.certificate, "CE-0001")?.value("status") == "replaced")
  }

  @Test func bulkReissueDoesWhatItCanAndListsTheRestInOneTransaction() throws {
    let book = try LanguageBook()
    let session = try book.session()
    let setup = Self.renewACME + "\nset cert CE-0007 status=needs-reissue\ntoday 2027-01-15"
    #expect(session.run(setup) == 0, "\(book.output.err)")
    let before = book.output.out.count
    let code = session.run("cert reissue where status = needs-reissue and account = ACME renewal")
    #expect(code == 0, "\(book.output.err)")
    #expect(
      String(book.output.out.dropFirst(before)) == """
        CE-0012 replaces CE-0001: issued for Granite Bay Builders Inc:
          P-0080 GL (ADDL INSD: blanket, CG 20 10 04/13; SUBR WVD; primary and non-contributory)
          P-0081 WC (SUBR WVD)
        could not reissue CE-0007: P-0031 has no renewal term (no policy names it as prior)
        reissued 1 certificate; 1 could not be

        """)
    #expect(session.view.record(.certificate, "CE-0007")?.value("status") == "needs-reissue")
    // One transaction: one undo takes the new certificate and the replaced mark away.
    #expect(session.run("undo") == 0, "\(book.output.err)")
    #expect(session.view.record(.certificate, "CE-0012") == nil)
    #expect(session.view.record(.certificate, "CE-0001")?.value("status") == "needs-reissue")
  }

  @Test func reissueOfOneWithoutARenewalIsRefused() throws {
    let book = try LanguageBook()
    let before = book.dataFiles()
    #expect(try book.run("cert reissue CE-0007 renewal") == 1)
    #expect(
      book.output.err == """
        error: CE-0007 cannot be reissued: P-0031 has no renewal term (no policy names it as prior)
          See: show P-0031

        """)
    #expect(book.dataFiles() == before)
  }

  @Test func checkJudgesACertificateOnItsOwnIssueDay() throws {
    let book = try LanguageBook()
    // The example's certificates, CE-0007 on the since-expired P-0031 among them, are valid.
    #expect(Validation.check(try book.directory.load()) == [])
    #expect(try book.run("certs where lapsed fields id") == 0)
    #expect(book.output.out.contains("CE-0007"))
    // A certificate dated before its policy took effect is not.
    let path = book.root + "/certificates.rec"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    try text.replacing("issued: 2026-03-10", with: "issued: 2025-09-01").write(
      toFile: path, atomically: true, encoding: .utf8)
    let problems = Validation.check(try book.directory.load()).map(\.message)
    #expect(
      problems == [
        "P-0031 (GL, Travelers) is not in force on 2025-09-01: it takes effect on 2025-10-01"
      ])
  }

  @Test func holdersListLiveCertificatesAndWhetherTheyLapsed() throws {
    let book = try LanguageBook()
    #expect(try book.run("holders ACME") == 0, "\(book.output.err)")
    #expect(
      book.output.out == """
        holder                    certificate  account  status  policies        lapsed
        ------------------------  -----------  -------  ------  --------------  -----------
        City of Folsom            CE-0007      ACME     issued  P-0031          yes: P-0031
        Granite Bay Builders Inc  CE-0001      ACME     issued  P-0001, P-0002  no

        """)
  }

  @Test func derivedFieldsLiveAndPoliciesInForce() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "certs where account = SNDAY or account = ARDEN fields id, live, lapsed, policies_in_force as csv"
    )
    #expect(code == 0, "\(book.output.err)")
    #expect(
      book.output.out.replacing("\r\n", with: "\n") == """
        id,live,lapsed,policies_in_force
        CE-0006,yes,no,P-0066
        CE-0008,no,no,P-0076
        CE-0009,yes,no,P-0076

        """)
  }
}
