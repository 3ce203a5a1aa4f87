import BookModel
import Testing

@Suite struct LossRunTests {
  func term(
    _ id: String, line: String = "GL", from effective: String, to expiration: String,
    premium: String, cancelled: String? = nil
  ) throws -> LossRun.Term {
    var changes = [
      ("id", id), ("line", line), ("effective", effective), ("expiration", expiration),
      ("premium", premium),
    ]
    if let cancelled { changes += [("cancelled", cancelled), ("status", "cancelled")] }
    return LossRun.Term(policy: try decodedPolicy(changes))
  }

  func claim(_ id: String, policy: String, status: String = "closed", paid: String) throws
    -> Claim
  {
    try Claim(
      record([
        ("id", id), ("policy", policy), ("occurred", "2025-03-01"), ("status", status),
        ("paid", paid),
      ]))
  }

  @Test func theWindowRatioIsTotalIncurredOverTotalEarnedNotAnAverage() throws {
    // 2025: 1,000.00 earned, 1,000.00 incurred (100%); 2026: 9,000.00 earned, nothing (0%).
    // The average of the yearly ratios is 50%; the window's ratio is 10%.
    let run = LossRun(
      terms: [
        try term("P-0001", from: "2025-01-01", to: "2026-01-01", premium: "1000.00"),
        try term("P-0002", from: "2026-01-01", to: "2027-01-01", premium: "9000.00"),
      ],
      claims: [try claim("CL-0001", policy: "P-0001", paid: "1000.00")],
      years: 2025...2026, today: day("2027-03-01"))
    let yearly = run.rows.compactMap(\.figures.lossRatioTenths)
    #expect(yearly == [1000, 0])
    #expect(yearly.reduce(0, +) / yearly.count == 500)
    #expect(run.totals.lossRatioTenths == 100)
    #expect(run.totals.earned == Money(cents: 1_000_000))
    #expect(run.frequency == decimal("0.50"))
    #expect(run.severity == Money(cents: 100_000))
  }

  @Test func everyYearOfTheWindowHasARowEvenWithoutPoliciesOrClaims() throws {
    let run = LossRun(
      terms: [try term("P-0001", from: "2024-01-15", to: "2025-01-15", premium: "100.00")],
      claims: [], years: LossRun.window(years: 5, endingOn: day("2026-11-23")),
      today: day("2026-11-23"))
    #expect(run.rows.map(\.year) == [2022, 2023, 2024, 2025, 2026])
    #expect(run.rows.map(\.line) == [nil, nil, .gl, nil, nil])
    #expect(run.rows.map(\.figures.lossRatioTenths) == [nil, nil, 0, nil, nil])
    #expect(run.severity == nil)
    #expect(run.frequency == decimal("0.00"))
  }

  @Test func theCurrentTermEarnsProRataToTheDay() throws {
    // 2026-01-15 to 2026-11-23: 312 of 365 days of 12,500.00 = 10,684.9315… → 10,684.93.
    let current = try term("P-0001", from: "2026-01-15", to: "2027-01-15", premium: "12500.00")
    #expect(LossRun.earned(current, on: day("2026-11-23")) == Money(cents: 1_068_493))
  }

  @Test func aCancelledTermEarnsToItsCancellation() throws {
    // 2025-03-01 to 2025-08-16: 168 of 365 days of 8,420.00 = 3,875.5068… → 3,875.51.
    let cancelled = try term(
      "P-0001", from: "2025-03-01", to: "2026-03-01", premium: "8420.00",
      cancelled: "2025-08-16")
    #expect(LossRun.earned(cancelled, on: day("2026-11-23")) == Money(cents: 387_551))
  }

  @Test func aCompleteAuditEarnsTheAuditedPremium() throws {
    let policy = try decodedPolicy([
      ("effective", "2025-01-15"), ("expiration", "2026-01-15"), ("line", "WC"),
    ])
    let audit = try Audit(
      record([
        ("id", "AU-0001"), ("policy", "P-0001"), ("type", "physical"),
        ("period_start", "2025-01-15"), ("period_end", "2026-01-15"), ("status", "accepted"),
      ]))
    let row = Exposure(
      id: "EX-0001", audit: "AU-0001", basis: .payroll, per: .hundred,
      estimated: decimal("400000"), audited: decimal("460000"), rate: decimal("12.00"))
    let term = LossRun.Term(policy: policy, audits: [audit], exposures: [row])
    #expect(term.auditedPremium == Money(cents: 5_520_000))
    #expect(LossRun.earned(term, on: day("2026-11-23")) == Money(cents: 5_520_000))
    var open = audit
    open.status = .received
    #expect(LossRun.Term(policy: policy, audits: [open], exposures: [row]).auditedPremium == nil)
  }

  @Test func claimsCountOnTheirPolicysRowAndTheLargestComeFirst() throws {
    let run = LossRun(
      terms: [
        try term("P-0001", from: "2025-01-15", to: "2026-01-15", premium: "1000.00"),
        try term("P-0002", line: "WC", from: "2025-01-15", to: "2026-01-15", premium: "3000.00"),
      ],
      claims: [
        try claim("CL-0001", policy: "P-0002", status: "open", paid: "50.00"),
        try claim("CL-0002", policy: "P-0002", paid: "700.00"),
        try claim("CL-0003", policy: "P-0001", paid: "700.00"),
        try claim("CL-0004", policy: "P-0099", paid: "9999.00"),
      ],
      years: 2025...2025, line: nil, today: day("2026-11-23"))
    #expect(run.rows.map(\.line) == [.gl, .wc])
    #expect(run.rows[1].figures.open == 1)
    #expect(run.rows[1].figures.closed == 1)
    #expect(run.rows[1].figures.incurred == Money(cents: 75_000))
    #expect(run.largest.map(\.id) == ["CL-0002", "CL-0003", "CL-0001"])
    let wc = LossRun(
      terms: [
        try term("P-0001", from: "2025-01-15", to: "2026-01-15", premium: "1000.00"),
        try term("P-0002", line: "WC", from: "2025-01-15", to: "2026-01-15", premium: "3000.00"),
      ],
      claims: [], years: 2025...2025, line: .wc, today: day("2026-11-23"))
    #expect(wc.rows.map(\.line) == [.wc])
  }
}
