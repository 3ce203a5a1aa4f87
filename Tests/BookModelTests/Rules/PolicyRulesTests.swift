import BookModel
import Testing

func day(_ iso: String) -> Day {
  Day(iso: iso) ?? Day(daysSinceEpoch: 0)
}

func decodedPolicy(_ changes: [(String, String)] = []) throws -> Policy {
  var rec = record(validPolicy)
  for (name, value) in changes { rec.set(name, value) }
  return try Policy(rec)
}

@Suite struct PolicyRulesTests {
  @Test(arguments: [
    ("2026-01-14", false), ("2026-01-15", true), ("2026-11-23", true), ("2027-01-14", true),
    ("2027-01-15", false),
  ])
  func inForceFromEffectiveUntilExpiration(on: String, expected: Bool) throws {
    #expect(try decodedPolicy().isInForce(on: day(on)) == expected)
  }

  @Test func cancellationEndsCoverageOnItsDay() throws {
    let policy = try decodedPolicy([("cancelled", "2026-06-01"), ("status", "cancelled")])
    #expect(policy.isInForce(on: day("2026-05-31")))
    #expect(!policy.isInForce(on: day("2026-06-01")))
  }

  @Test func daysLeft() throws {
    #expect(try decodedPolicy().daysLeft(on: day("2026-11-23")) == 53)
    #expect(try decodedPolicy().daysLeft(on: day("2027-01-20")) == -5)
  }

  @Test(arguments: [
    ("2026-01-15", [(String, String)](), Int64(0)),
    ("2026-07-16", [], 623_288),  // 182 of 365 days of 12,500.00 = 6,232.876… → 6,232.88
    ("2027-06-01", [], 1_250_000),
    ("2026-12-31", [("cancelled", "2026-04-15")], 308_219),  // 90 days: 3,082.1917…
    ("2025-12-01", [], 0),
  ])
  func earnedPremium(on: String, changes: [(String, String)], cents: Int64) throws {
    let policy = try decodedPolicy(changes)
    #expect(policy.earnedPremium(on: day(on)).cents == cents)
  }

  @Test func earnedPremiumUsesTheAuditedPremiumWhenGiven() throws {
    let earned = try decodedPolicy().earnedPremium(
      on: day("2027-01-15"), premium: Money(cents: 1_500_000))
    #expect(earned == Money(cents: 1_500_000))
  }

  @Test func decodingReportsTheFirstViolation() {
    let invalid = Violation.invalidDate(
      field: "effective", text: "2026-13-01", reason: "there is no month 13")
    #expect(throws: invalid) { try decodedPolicy([("effective", "2026-13-01")]) }
    var missing = record(validPolicy)
    missing.remove("premium")
    #expect(throws: Violation.missing(field: "premium")) { try Policy(missing) }
  }
}
