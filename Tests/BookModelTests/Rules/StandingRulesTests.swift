import BookModel
import Testing

/// The rules the X list, the sweep and the certificate guards share: a term in force, lapsed
/// certificates, overdue audits and delegations, open audits and delegations.
@Suite struct StandingRulesTests {
  @Test func aTermDecodesFromThreeFieldsAndAgreesWithThePolicy() throws {
    let term = try PolicyTerm(
      record([("effective", "2026-01-15"), ("expiration", "2027-01-15")]))
    #expect(term == (try decodedPolicy()).term)
    #expect(term.isInForce(on: day("2026-01-15")))
    #expect(!term.isInForce(on: day("2027-01-15")))
    #expect(term.daysLeft(on: day("2026-11-23")) == 53)
    #expect(term.days == 365)
    #expect(term.end == day("2027-01-15"))
  }

  @Test func aTermWithABadDateIsRefusedWithTheValidatorsMessage() {
    #expect(throws: Violation.self) {
      try PolicyTerm(record([("effective", "2026-13-01"), ("expiration", "2027-01-15")]))
    }
    do {
      _ = try PolicyTerm(record([("effective", "2026-01-15")]))
      Issue.record("a term without expiration decoded")
    } catch {
      #expect(error.message == "missing mandatory field 'expiration'")
    }
  }

  @Test(arguments: [
    ("2026-05-31", true), ("2026-06-01", false), ("2027-01-14", false),
  ])
  func aCancelledTermEndsOnItsCancellation(on: String, inForce: Bool) {
    let term = PolicyTerm(
      effective: day("2026-01-15"), expiration: day("2027-01-15"), cancelled: day("2026-06-01"))
    #expect(term.isInForce(on: day(on)) == inForce)
    #expect(term.end == day("2026-06-01"))
  }

  static let terms: [String: PolicyTerm] = [
    "P-0001": PolicyTerm(effective: day("2026-01-15"), expiration: day("2027-01-15")),
    "P-0031": PolicyTerm(effective: day("2025-10-01"), expiration: day("2026-10-01")),
  ]

  @Test(arguments: [
    (CertificateStatus.issued as CertificateStatus?, ["P-0001"], false),
    (.issued, ["P-0001", "P-0031"], true),
    (.issued, ["P-9999"], true),  // a listed policy that does not exist
    (.void, ["P-0031"], false),
    (.needsReissue, ["P-0031"], false),
    (nil, ["P-0031"], false),
  ])
  func lapsedCertificates(status: CertificateStatus?, policies: [String], lapsed: Bool) {
    let today = day("2026-11-23")
    #expect(
      Certificate.isLapsed(status: status, policies: policies, on: today) { Self.terms[$0] }
        == lapsed)
  }

  @Test func theGuardNamesThePoliciesNotInForceInTheOrderListed() throws {
    let listed = ["P-0031", "P-0001", "P-9999"]
    let notInForce = Certificate.policiesNotInForce(listed, on: day("2026-11-23")) {
      Self.terms[$0]
    }
    #expect(notInForce == ["P-0031", "P-9999"])
    let certificate = try Certificate(
      record([
        ("id", "CE-0001"), ("account", "ACME"), ("holder", "City"), ("policy", "P-0001"),
        ("issued", "2026-02-01"), ("status", "issued"),
      ]))
    #expect(!certificate.isLapsed(on: day("2026-11-23")) { Self.terms[$0] })
    #expect(certificate.isLapsed(on: day("2027-01-15")) { Self.terms[$0] })
  }

  static func audit(_ status: String, due: String? = nil) throws -> Audit {
    var fields = [
      ("id", "AU-0001"), ("policy", "P-0003"), ("type", "mail"), ("period_start", "2025-01-15"),
      ("period_end", "2026-01-15"), ("status", status),
    ]
    if let due { fields.append(("due", due)) }
    return try Audit(record(fields))
  }

  @Test(
    arguments: [
      ("requested", nil, "2026-02-14", false),  // due: period end 2026-01-15 + 30 days
      ("requested", nil, "2026-02-15", true),
      ("scheduled", "2026-03-01", "2026-03-02", true),
      ("in-progress", "2026-03-01", "2026-03-01", false),
      ("received", nil, "2026-11-23", false),
      ("waived", nil, "2026-11-23", false),
      ("noncompliant", nil, "2026-11-23", false),
    ] as [(String, String?, String, Bool)])
  func overdueAudits(status: String, due: String?, today: String, overdue: Bool) throws {
    let audit = try Self.audit(status, due: due)
    #expect(audit.isOverdue(on: day(today)) == overdue)
  }

  @Test func anAuditIsDueAfterTheAgencysDays() throws {
    let audit = try Self.audit("requested")
    #expect(audit.dueDay() == day("2026-02-14"))
    #expect(audit.dueDay(auditDueDays: 10) == day("2026-01-25"))
    #expect(audit.isOverdue(on: day("2026-01-26"), auditDueDays: 10))
    #expect(
      try Self.audit("requested", due: "2026-05-01").dueDay(auditDueDays: 10)
        == day("2026-05-01"))
  }

  @Test func openAuditsAndDelegations() {
    #expect(AuditStatus.allCases.filter { !$0.isOpen } == [.closed, .waived])
    #expect(
      AuditStatus.allCases.filter(\.isAwaitingRecords) == [.scheduled, .requested, .inProgress])
    #expect(DelegationStatus.allCases.filter(\.isOpen) == [.open, .inProgress, .waiting])
  }
}
