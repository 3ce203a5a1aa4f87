import BookModel
import Testing

/// The sweep's coverage rules (binders, invoices, reviews, endorsements, requirements), each
/// triggered by one record and not by the same record a day off (or one field off).
@Suite struct SweepCoverageRulesTests {
  static func findings(_ rule: SweepRule, _ extra: [KindID: [Record]], on today: String)
    -> [String]
  {
    SweepRulesTests.findings(rule, extra, on: today).map(\.id)
  }

  @Test(
    arguments: [
      ("2026-10-01", "issued", nil, false), ("2026-10-02", "issued", nil, true),
      ("2026-10-02", "issued", "P-0001", false), ("2026-10-02", "void", nil, false),
    ] as [(String, String, String?, Bool)])
  func aBinderPastItsExpiryWithNoPolicy(
    today: String, status: String, policy: String?, found: Bool
  ) {
    var fields = [
      ("id", "B-0003"), ("account", "ACME"), ("line", "IM"), ("carrier", "CNA"),
      ("effective", "2026-09-01"), ("expires", "2026-10-01"), ("status", status),
    ]
    if let policy { fields.append(("policy", policy)) }
    let result = Self.findings(.lapsedBinders, [.binder: [record(fields)]], on: today)
    #expect(result == (found ? ["B-0003"] : []))
  }

  @Test(
    arguments: [
      ("2026-10-15", nil, nil, false), ("2026-10-16", nil, nil, true),
      ("2026-10-16", "2026-10-14", nil, false), ("2026-10-16", nil, "direct", false),
      ("2026-10-16", nil, "agency", true),
    ] as [(String, String?, String?, Bool)])
  func anUnpaidAgencyBilledInvoicePastDue(
    today: String, paid: String?, billing: String?, found: Bool
  ) {
    var fields = [
      ("id", "I-0003"), ("account", "ACME"), ("amount", "1725.00"), ("issued", "2026-10-01"),
      ("due", "2026-10-15"),
    ]
    if let paid { fields.append(("paid", paid)) }
    var extra: [KindID: [Record]] = [:]
    if let billing {
      fields.append(("policy", "P-0009"))
      extra[.policy] = [
        record([
          ("id", "P-0009"), ("account", "ACME"), ("line", "BOP"), ("billing", billing),
          ("effective", "2026-01-01"), ("expiration", "2027-01-01"),
        ])
      ]
    }
    extra[.invoice] = [record(fields)]
    #expect(Self.findings(.invoicesPastDue, extra, on: today) == (found ? ["I-0003"] : []))
  }

  @Test(
    arguments: [
      ("2026-10-30", nil, false), ("2026-10-31", nil, true), ("2026-10-31", "2026-10-20", false),
      ("2026-12-30", nil, true), ("2026-12-31", nil, false),
    ] as [(String, String?, Bool)])
  func aNewPolicyUnverifiedThirtyDaysAfterBinding(today: String, verified: String?, found: Bool) {
    var fields = [
      ("id", "P-0070"), ("account", "ACME"), ("line", "PROP"), ("carrier", "HART"),
      ("effective", "2026-10-01"), ("expiration", "2027-10-01"), ("status", "active"),
    ]
    if let verified { fields.append(("verified", verified)) }
    let result = Self.findings(.unverifiedPolicies, [.policy: [record(fields)]], on: today)
    #expect(result == (found ? ["P-0070"] : []))
  }

  @Test(arguments: [
    ("2026-11-09", "requested", false), ("2026-11-10", "requested", true),
    ("2026-11-10", "declined", false),
  ])
  func anEndorsementRequestedOverThirtyDaysAgo(today: String, status: String, found: Bool) {
    let endorsement = record([
      ("id", "EN-0004"), ("policy", "P-0001"), ("effective", "2026-10-15"),
      ("description", "Scheduled AI"), ("status", status), ("requested", "2026-10-10"),
    ])
    let result = Self.findings(.staleEndorsements, [.endorsement: [endorsement]], on: today)
    #expect(result == (found ? ["EN-0004"] : []))
  }

  @Test(
    arguments: [
      ("1000000", "issued", nil, false), ("2000000", "issued", nil, true),
      ("2000000", "void", nil, false), ("2000000", "issued", "umbrella follows form", false),
    ] as [(String, String, String?, Bool)])
  func aLiveCertificateWhoseHolderRequirementsAreNotMet(
    required: String, status: String, accepted: String?, found: Bool
  ) {
    var certificate = [
      ("id", "CE-0001"), ("account", "ACME"), ("holder", "Granite Bay Builders Inc"),
      ("policy", "P-0009"), ("issued", "2026-02-03"), ("status", status),
    ]
    if let accepted { certificate.append(("gaps_accepted", accepted)) }
    let requirement = record([
      ("id", "R-0001"), ("account", "ACME"), ("holder", "granite bay builders inc"),
      ("line", "GL"), ("limit", "each-occurrence \(required)"),
    ])
    let policy = record([
      ("id", "P-0009"), ("account", "ACME"), ("line", "GL"), ("effective", "2026-01-15"),
      ("expiration", "2027-01-15"), ("limit", "each-occurrence 1000000"),
    ])
    let findings = SweepRulesTests.findings(
      .unmetRequirements,
      [.certificate: [record(certificate)], .requirement: [requirement], .policy: [policy]],
      on: "2026-11-23")
    #expect(findings.map(\.id) == (found ? ["CE-0001"] : []))
    if found {
      #expect(
        findings[0].problem
          == "certificate for Granite Bay Builders Inc: requires GL each-occurrence 2,000,000; P-0009 has 1,000,000"
      )
    }
  }
}
