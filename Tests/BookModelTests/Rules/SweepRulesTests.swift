import BookModel
import Testing

/// Each E&O sweep rule, triggered by one record and not by the same record a day off; the
/// person filter; a clean book finds nothing.
@Suite struct SweepRulesTests {
  static func book(_ extra: [KindID: [Record]]) -> ListedBook {
    var records: [KindID: [Record]] = [
      .account: [
        record([
          ("id", "ACME"), ("name", "Acme Roofing LLC"), ("advocate", "mlopez"),
          ("manager", "jkim"), ("producer", "dchen"),
        ])
      ],
      .policy: [
        record([
          ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("effective", "2026-01-15"),
          ("expiration", "2027-01-15"),
        ]),
        record([
          ("id", "P-0031"), ("account", "ACME"), ("line", "GL"), ("effective", "2025-10-01"),
          ("expiration", "2026-10-01"),
        ]),
      ],
    ]
    for (kind, list) in extra { records[kind, default: []] += list }
    return ListedBook(records: records)
  }

  static func findings(_ rule: SweepRule, _ extra: [KindID: [Record]], on today: String)
    -> [SweepFinding]
  {
    rule.find(SweepContext(lookup: book(extra), today: day(today)))
  }

  static func certificate(_ policy: String, status: String = "issued") -> [KindID: [Record]] {
    [
      .certificate: [
        record([
          ("id", "CE-0007"), ("account", "ACME"), ("holder", "City of Folsom"),
          ("policy", policy), ("issued", "2026-03-10"), ("status", status),
        ])
      ]
    ]
  }

  @Test(arguments: [
    ("2026-09-30", "issued", false), ("2026-10-01", "issued", true),
    ("2026-10-01", "needs-reissue", true), ("2026-10-01", "void", false),
  ])
  func aCertificateOnAPolicyNoLongerInForce(today: String, status: String, found: Bool) {
    let findings = Self.findings(
      .lapsedCertificates, Self.certificate("P-0031", status: status), on: today)
    #expect(findings.map(\.id) == (found ? ["CE-0007"] : []))
    if found {
      #expect(
        findings[0].problem
          == "certificate for City of Folsom rests on P-0031 (GL), expired 2026-10-01")
      #expect(findings[0].account == "ACME")
    }
  }

  static func audit(_ fields: [(String, String)]) -> [KindID: [Record]] {
    [
      .audit: [
        record(
          [
            ("id", "AU-0004"), ("policy", "P-0031"), ("period_start", "2025-10-01"),
            ("period_end", "2026-10-01"),
          ] + fields)
      ]
    ]
  }

  @Test(arguments: [("2026-11-20", false), ("2026-11-21", true)])
  func anAuditPastItsDueDay(today: String, found: Bool) {
    let audit = Self.audit([("type", "physical"), ("due", "2026-11-20"), ("status", "requested")])
    let findings = Self.findings(.auditsPastDue, audit, on: today)
    #expect(findings.map(\.id) == (found ? ["AU-0004"] : []))
    if found {
      #expect(
        findings[0].problem
          == "physical audit for P-0031 (GL) due 2026-11-20 (1 day overdue), still requested")
      #expect(
        findings[0].nextStep == "delegate \"Follow up audit AU-0004\" to mlopez about AU-0004")
    }
  }

  @Test(arguments: [("2026-10-30", false), ("2026-10-31", true)])
  func aMailAuditPastItsFinalRequest(today: String, found: Bool) {
    let audit = Self.audit([
      ("type", "mail"), ("requested", "2026-10-01"), ("due", "2026-12-31"),
      ("status", "requested"),
    ])
    let findings = Self.findings(.auditsPastDue, audit, on: today)
    #expect(findings.map(\.id) == (found ? ["AU-0004"] : []))
    if found {
      #expect(
        findings[0].problem
          == "mail audit for P-0031 (GL) requested 2026-10-01: 30 days, no response")
      #expect(findings[0].nextStep == "set audit AU-0004 status=noncompliant")
    }
  }

  @Test(arguments: [("noncompliant", true), ("received", false)])
  func aNoncompliantAudit(status: String, found: Bool) {
    let audit = Self.audit([("type", "mail"), ("due", "2026-12-31"), ("status", status)])
    #expect(
      Self.findings(.auditsPastDue, audit, on: "2026-11-23").map(\.id)
        == (found ? ["AU-0004"] : []))
  }

  static func delegation(status: String) -> [KindID: [Record]] {
    [
      .delegation: [
        record([
          ("id", "D-0015"), ("from", "jkim"), ("to", "tnguyen"), ("about", "ACME"),
          ("task", "Send revised auto ID cards"), ("priority", "normal"),
          ("created", "2026-11-11"), ("due", "2026-11-18"), ("status", status),
        ])
      ]
    ]
  }

  @Test(arguments: [
    ("2026-11-18", "open", false), ("2026-11-19", "open", true), ("2026-11-23", "waiting", true),
    ("2026-11-23", "done", false), ("2026-11-23", "cancelled", false),
  ])
  func anOverdueDelegation(today: String, status: String, found: Bool) {
    let findings = Self.findings(.overdueDelegations, Self.delegation(status: status), on: today)
    #expect(findings.map(\.id) == (found ? ["D-0015"] : []))
    if found, today == "2026-11-19" {
      #expect(
        findings[0].problem
          == "\"Send revised auto ID cards\" to tnguyen, due 2026-11-18 (1 day overdue)")
      #expect(findings[0].nextStep == "done D-0015 · reassign D-0015 to jkim")
    }
  }

  @Test(arguments: [
    ("2026-11-01", "open", false), ("2026-11-02", "open", true), ("2026-11-23", "received", false),
    ("2026-11-23", "waived", false),
  ])
  func aSubjectivityPastDue(today: String, status: String, found: Bool) {
    var fields = [
      ("id", "S-0005"), ("policy", "P-0001"), ("text", "Loss-control survey"),
      ("due", "2026-11-01"), ("status", status),
    ]
    if status == "received" { fields.append(("received", "2026-10-30")) }
    let findings = Self.findings(
      .subjectivitiesPastDue, [.subjectivity: [record(fields)]], on: today)
    #expect(findings.map(\.id) == (found ? ["S-0005"] : []))
    if found {
      #expect(findings[0].account == "ACME")
      #expect(
        findings[0].problem
          == "\"Loss-control survey\" for P-0001 (GL), due 2026-11-01 (1 day past due)")
    }
  }

  @Test func onePersonsSweepKeepsTheirAccountsAndWhatIsHandedToThem() {
    var extra = Self.certificate("P-0031")
    extra[.delegation] = Self.delegation(status: "open")[.delegation]
    let context = SweepContext(lookup: Self.book(extra), today: day("2026-11-23"))
    let ids = { (person: String?) in
      Sweep.run(context, person: person).flatMap(\.findings).map(\.id)
    }
    #expect(ids(nil) == ["CE-0007", "D-0015"])
    #expect(ids("mlopez") == ["CE-0007", "D-0015"])  // ACME's advocate
    #expect(ids("tnguyen") == ["D-0015"])  // handed to them, not their account
    #expect(ids("rpatel") == [])
  }

  @Test func aCleanBookFindsNothing() {
    let context = SweepContext(
      lookup: Self.book(Self.certificate("P-0001")), today: day("2026-11-23"))
    #expect(Sweep.run(context).allSatisfy { $0.findings.isEmpty })
    #expect(Sweep.run(context).map(\.rule.name) == Sweep.rules.map(\.name))
  }
}
