import BookLanguage
import BookModel
import Testing

/// Binders, invoices and the policy review on the example book (today 2026-11-23).
@Suite struct BillingAndReviewTests {
  @Test func aBinderIsReplacedWhenAPolicyIsLinkedBySet() throws {
    let book = try LanguageBook()
    let code = try book.run(
      "bind ACME line=UMB carrier=TRAV effective=2026-12-01 expires=+60d premium=4,800")
    #expect(code == 0, "\(book.output.err)")
    #expect(book.output.out == "B-0004 UMB with TRAV, 2026-12-01 to 2027-01-22\n")
    #expect(try book.values(.binder, "B-0004", "status") == ["issued"])
    #expect(try book.run("set binder B-0004 policy=P-0001") == 0)
    #expect(book.output.out.hasSuffix("B-0004 replaced by P-0001\n"))
    #expect(try book.values(.binder, "B-0004", "status") == ["replaced"])
  }

  @Test func aBinderIsReplacedByThePolicyAddedForIt() throws {
    let book = try LanguageBook()
    #expect(try book.run("bind ACME line=UMB carrier=TRAV effective=2026-12-01 expires=+60d") == 0)
    let code = try book.run(
      "add policy account=ACME line=UMB carrier=TRAV effective=2026-12-01 expiration=2027-12-01 premium=4800 status=bound"
    )
    #expect(code == 0, "\(book.output.err)")
    #expect(try book.values(.binder, "B-0004", "policy") == ["P-0080"])
    #expect(try book.values(.binder, "B-0004", "status") == ["replaced"])
  }

  @Test func aBinderIsReplacedByTheRenewalBoundFromAQuote() throws {
    let book = try LanguageBook()
    let script = """
      bind ELKGRV line=AUTO carrier=PROG effective=2026-12-01 expires=2027-01-30
      quote select Q-0003
      renew P-0053 from Q-0003
      """
    #expect(try book.run(script) == 0, "\(book.output.err)")
    let renewal = try book.values(.binder, "B-0004", "policy")
    #expect(renewal.count == 1)
    #expect(book.output.out.hasSuffix("B-0004 replaced by \(renewal.first ?? "")\n"))
    #expect(try book.values(.binder, "B-0004", "status") == ["replaced"])
  }

  @Test func bindNeedsItsDays() throws {
    let book = try LanguageBook()
    #expect(try book.run("bind ACME line=UMB carrier=TRAV") == 2)
    #expect(book.output.err.hasPrefix("1:1: error: bind needs effective=\n"))
  }

  @Test func anInvoiceIsAgedUntilPaid() throws {
    let book = try LanguageBook()
    let code = try book.run("invoice ACME amount=185.00 due=+14d policy=P-0001")
    #expect(code == 0, "\(book.output.err)")
    #expect(book.output.out == "I-0010 ACME: 185.00, due 2026-12-07\n")
    #expect(try book.values(.invoice, "I-0010", "issued") == ["2026-11-23"])
    #expect(try book.run("receivables ACME") == 0)
    #expect(book.output.out.contains("I-0010  ACME     P-0001"))
    #expect(try book.run("paid I-0010 on 2026-11-20") == 0)
    #expect(try book.values(.invoice, "I-0010", "paid") == ["2026-11-20"])
    #expect(try book.run("paid I-0010") == 1)
    #expect(book.output.err.contains("invoice I-0010 was already paid on 2026-11-20"))
  }

  @Test func directBilledInvoicesAreNotReceivables() throws {
    let book = try LanguageBook()
    #expect(try book.run("invoice CAPFRT amount=100 due=+1d policy=P-0009") == 0)
    #expect(try book.run("receivables") == 0)
    #expect(!book.output.out.contains("I-0010  CAPFRT"))
  }

  @Test(arguments: [
    (0, Invoice.Age.current), (1, .upTo30), (30, .upTo30), (31, .upTo60), (60, .upTo60),
    (61, .upTo90), (90, .upTo90), (91, .over90),
  ])
  func agingBuckets(days: Int, age: Invoice.Age) {
    #expect(Invoice.Age(daysPastDue: days) == age)
  }

  @Test func verifyListsTheDifferencesAndRecordsOnlyWhenConfirmed() throws {
    let book = try LanguageBook()
    #expect(try book.run("verify P-0052") == 0)
    #expect(
      book.output.out == """
        P-0052 (GL, TRAV) against the selected quote Q-0001:
        no differences
        not recorded; to record the review: verify P-0052 --yes

        """)
    #expect(try book.values(.policy, "P-0052", "verified") == [])
    let session = try book.session()
    let questions = book.answer(true, in: session)
    #expect(session.run("verify P-0052") == 0)
    #expect(questions.asked == ["Record P-0052 as verified on 2026-11-23?"])
    #expect(try book.values(.policy, "P-0052", "verified") == ["2026-11-23"])
  }

  @Test func verifyYesRecordsInAScript() throws {
    let book = try LanguageBook()
    #expect(try book.run("verify P-0001 --yes") == 0)
    #expect(book.output.out.contains("form CG 24 04  —          CG 24 04 05/09  added"))
    #expect(book.output.out.hasSuffix("P-0001 verified 2026-11-23\n"))
    #expect(try book.values(.policy, "P-0001", "verified") == ["2026-11-23"])
  }
}
