import BookModel
import Testing

/// Records in memory that can also be listed, for the rules that search (a renewal term).
struct ListedBook: RecordLookup {
  var records: [KindID: [Record]]

  func record(_ kind: KindID, _ key: String) -> Record? {
    records[kind]?.first { $0.value(kind.spec.keyField ?? "id") == key }
  }

  func records(_ kind: KindID) -> [Record] { records[kind] ?? [] }
}

/// The certificate rules in BookModel: the guards as written and as the book stands, the
/// renewal term a refusal names, the forms that grant a mark, and which policy changes reach
/// certificates.
@Suite struct CertificateRulesTests {
  static let book = ListedBook(records: [
    .carrier: [record([("id", "TRAV"), ("name", "Travelers")])],
    .policy: [
      record([
        ("id", "P-0004"), ("account", "ACME"), ("line", "GL"), ("carrier", "TRAV"),
        ("effective", "2025-01-15"), ("expiration", "2026-01-15"), ("ai", "blanket"),
      ]),
      record([
        ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("carrier", "TRAV"),
        ("effective", "2026-01-15"), ("expiration", "2027-01-15"), ("prior", "P-0004"),
        ("ai", "blanket"),
      ]),
    ],
  ])

  static let certificate = record([
    ("id", "CE-0001"), ("account", "ACME"), ("holder", "City"), ("policy", "P-0004"),
    ("ai", "P-0004"), ("issued", "2025-06-01"), ("status", "issued"),
  ])

  static let today = Day(iso: "2026-11-23")!

  @Test func asTheBookStandsACertificateIsJudgedOnItsIssueDay() {
    let violations = Certificate.guardViolations(
      Self.certificate, before: nil, moment: .standing, in: Self.book)
    #expect(violations == [])
  }

  @Test func whenWrittenItMustBeDatedTodayAndInForceThen() {
    let messages = Certificate.guardViolations(
      Self.certificate, before: nil, moment: .written(today: Self.today), in: Self.book
    ).map(\.description)
    #expect(
      messages == [
        "a certificate is issued on the day it is written (2026-11-23), not backdated to 2025-06-01 (no backdating or postdating: issued=today)"
      ])
    var today = Self.certificate
    today.set("issued", "2026-11-23")
    let refusals = Certificate.guardViolations(
      today, before: nil, moment: .written(today: Self.today), in: Self.book
    ).map(\.description)
    #expect(
      refusals == [
        "P-0004 (GL, Travelers) is not in force on 2026-11-23: it expired on 2026-01-15 (a certificate may only list policies in force on its issue day; its renewal P-0001 is in force: policies=P-0001)"
      ])
  }

  @Test func aWriteThatLeavesTheGuardedFieldsAloneIsNotJudgedAgain() {
    var voided = Self.certificate
    voided.set("status", "void")
    voided.set("description", "Voided: project done.")
    let violations = Certificate.guardViolations(
      voided, before: Self.certificate, moment: .written(today: Self.today), in: Self.book)
    #expect(violations == [])
  }

  @Test func theRenewalTermFollowsTheChainOfPriors() {
    #expect(Certificate.renewalInForce(of: "P-0004", on: Self.today, in: Self.book) == "P-0001")
    #expect(Certificate.renewalInForce(of: "P-0001", on: Self.today, in: Self.book) == nil)
  }

  @Test(arguments: [
    (Certificate.Mark.additionalInsured, ["CG 20 10 04/13", "CG 20 37 04/13"]),
    (.waiverOfSubrogation, ["CG 24 04 05/09"]),
    (.primaryNonContributory, []),
  ])
  func formsThatGrantAMark(mark: Certificate.Mark, expected: [String]) {
    let forms = ["CG 20 10 04/13", "CG 24 04 05/09", "CG 20 37 04/13", "IL 00 17 11/98"]
    #expect(EndorsementForms.granting(mark, among: forms) == expected)
  }

  @Test(
    arguments: [
      ("active", "cancelled", nil, true),
      ("active", "nonrenewed", nil, true),
      ("active", "renewed", nil, true),
      ("active", "replaced", nil, true),
      ("active", "pending-cancel", "2026-12-01", true),
      ("active", "expired", nil, false),
      ("active", "active", nil, false),
      ("cancelled", "cancelled", nil, false),
    ] as [(String, String, String?, Bool)])
  func whichPolicyChangesReachCertificates(
    before: String, after: String, cancelled: String?, reaches: Bool
  ) {
    let old = record([("id", "P-0001"), ("status", before)])
    var new = record([("id", "P-0001"), ("status", after)])
    if let cancelled { new.set("cancelled", cancelled) }
    #expect(CertificateReissue.reaches(before: old, after: new) == reaches)
    #expect(CertificateReissue.reaches(before: Record?.none, after: new) == false)
  }

  @Test(arguments: [
    ("issued", "P-0001", true),
    ("needs-reissue", "P-0001", false),
    ("void", "P-0001", false),
    ("replaced", "P-0001", false),
    ("issued", "P-0002", false),
  ])
  func whichCertificatesMustBeReissued(status: String, policy: String, must: Bool) {
    let certificate = record([("id", "CE-0001"), ("policy", policy), ("status", status)])
    #expect(CertificateReissue.mustReissue(certificate, policies: ["P-0001"]) == must)
  }
}
