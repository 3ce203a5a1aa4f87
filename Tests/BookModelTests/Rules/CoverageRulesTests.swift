import BookModel
import Testing

/// Applying an issued endorsement to its policy, and the coverage comparison's reductions.
@Suite struct CoverageRulesTests {
  static let policy = record([
    ("id", "P-0001"), ("account", "ACME"), ("line", "GL"), ("carrier", "TRAV"),
    ("effective", "2026-01-15"), ("expiration", "2027-01-15"), ("premium", "12500.00"),
    ("limit", "each-occurrence 1000000"), ("limit", "general-aggregate 2000000"),
    ("form", "CG 20 10 04/13"), ("form", "CG 20 37 04/13"), ("ai", "blanket"), ("wos", "yes"),
  ])

  static func endorsement(_ extra: [(String, String)]) throws -> Endorsement {
    try Endorsement(
      record(
        [
          ("id", "EN-0009"), ("policy", "P-0001"), ("effective", "2026-06-01"),
          ("description", "change"), ("status", "issued"),
        ] + extra))
  }

  @Test func anEndorsementChangesPremiumLimitsFormsAndFlags() throws {
    let endorsement = try Self.endorsement([
      ("premium_change", "-420.00"), ("limit", "each-occurrence 2000000"),
      ("limit", "damage-to-premises 300000"), ("form", "CG 20 26 04/13"),
      ("remove_form", "CG 20 37"), ("ai", "none"), ("pnc", "yes"),
    ])
    let after = endorsement.applied(to: Self.policy)
    #expect(after.values("premium") == ["12080.00"])
    #expect(
      after.values("limit") == [
        "each-occurrence 2000000", "general-aggregate 2000000", "damage-to-premises 300000",
      ])
    #expect(after.values("form") == ["CG 20 10 04/13", "CG 20 26 04/13"])
    #expect(after.values("ai") == ["none"])
    #expect(after.values("wos") == ["yes"])
    #expect(after.values("pnc") == ["yes"])
  }

  @Test func aScheduledAIEndorsementLeavesBlanketAIBlanket() throws {
    let endorsement = try Self.endorsement([("ai", "scheduled"), ("form", "CG 20 26 04/13")])
    #expect(endorsement.applied(to: Self.policy).values("ai") == ["blanket"])
    var scheduled = Self.policy
    scheduled.set("ai", "none")
    #expect(endorsement.applied(to: scheduled).values("ai") == ["scheduled"])
  }

  @Test func anEndorsementWithNothingToApplyLeavesThePolicy() throws {
    #expect(try Self.endorsement([]).applied(to: Self.policy) == Self.policy)
  }

  @Test(arguments: [
    ("2026-01-14", true), ("2026-01-15", false), ("2027-01-14", false), ("2027-01-15", true),
  ])
  func anEndorsementIsDatedInsideTheTerm(effective: String, refused: Bool) {
    let endorsement = record([
      ("id", "EN-0009"), ("policy", "P-0001"), ("effective", effective),
      ("description", "x"), ("status", "requested"),
    ])
    let book = ListedBook(records: [.policy: [Self.policy]])
    let violations = Endorsement.guardViolations(endorsement, before: nil, in: book)
    #expect(violations.map(\.field) == (refused ? ["effective"] : []))
  }

  @Test func aComparisonMarksALoweredLimitARemovedFormAndAFlagTurnedOff() {
    var renewal = Self.policy
    renewal.setAll("limit", ["each-occurrence 500000", "general-aggregate 2000000"])
    renewal.setAll("form", ["CG 20 10 04/13", "CG 24 04 05/09"])
    renewal.set("wos", "no")
    renewal.set("premium", "11900.00")
    let comparison = CoverageComparison(expiring: Self.policy, renewal: renewal)
    let reduced = comparison.rows.filter(\.isReduction).map(\.item)
    #expect(reduced == ["limit each-occurrence", "form CG 20 37", "wos"])
    #expect(comparison.rows.first { $0.item == "premium" }?.change == .lower)
    #expect(comparison.rows.first { $0.item == "form CG 24 04" }?.change == .added)
    #expect(comparison.hasReduction)
  }

  @Test func aHigherDeductibleAndANarrowerAIAreReductions() {
    var expiring = Self.policy
    expiring.setAll("limit", ["each-occurrence 1000000", "deductible 1000"])
    var renewal = expiring
    renewal.setAll("limit", ["each-occurrence 1000000", "deductible 2500"])
    renewal.set("ai", "scheduled")
    let comparison = CoverageComparison(expiring: expiring, renewal: renewal)
    #expect(comparison.rows.filter(\.isReduction).map(\.item) == ["deductible deductible", "ai"])
    #expect(!CoverageComparison(expiring: expiring, renewal: expiring).hasReduction)
  }
}
